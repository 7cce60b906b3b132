/**
 * Questions to a Postgres server itself rather than to our tables: does it answer with these
 * credentials, does a database exist. Asked while lib/embedded starts or reuses a server.
 */
import pg from 'pg';

export async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Whether the server `admin` is connected to has a database of this name. */
export async function hasDatabase(admin: pg.Client, name: string): Promise<boolean> {
  const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
  return exists.rowCount !== 0;
}
