/**
 * "The database is not answering" as opposed to "the query is wrong": connection refused, reset or
 * timed out, the server shutting down or starting up, the pool out of time, a statement cancelled
 * by the statement timeout (too busy to answer in time). Those are worth a 503
 * and a "try again in a moment"; anything else is a bug and stays a 500. Recognised by walking the
 * error's cause chain (Prisma wraps the driver adapter's error, which wraps pg's or the socket's).
 * The 503 answers themselves are lib/http/database-unavailable.ts.
 */

/** What users read when the database is down (pages, JSON and the proxy's 503 alike). */
export const DATABASE_UNAVAILABLE_MESSAGE = 'The database is not answering just now — it may be restarting. Please try again in a moment.';

const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNABORTED']);
/** Prisma: can't reach server, server closed the connection, pool timeout, not yet connected. */
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
/** Driver adapter error kinds (@prisma/adapter-pg convertDriverError). */
const ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections', 'TlsConnectionError']);
/** pg messages for failures that carry no code. */
const MESSAGES =
  /connection terminated|timeout exceeded when trying to connect|terminating connection due to administrator command|the database system is (?:starting up|shutting down|in recovery mode)|Connection ended unexpectedly|Client has encountered a connection error|connect ECONNREFUSED|Can't reach database server|Server has closed the connection/i;

/**
 * SQLSTATE 08xxx (connection exception), 57P01–57P03 (shutdown, crash, cannot connect now), 53300
 * (too many connections), 57014 (statement cancelled: PG_STATEMENT_TIMEOUT_MS ran out).
 */
function isConnectionSqlState(code: string): boolean {
  return /^08/.test(code) || code === '57P01' || code === '57P02' || code === '57P03' || code === '53300' || code === '57014';
}

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length) {
    const e = queue.shift();
    if (!e || typeof e !== 'object' || seen.has(e)) continue;
    seen.add(e);
    const x = e as {
      name?: unknown;
      code?: unknown;
      kind?: unknown;
      originalCode?: unknown;
      message?: unknown;
      cause?: unknown;
      meta?: { driverAdapterError?: unknown };
      errors?: unknown;
    };
    if (x.name === 'PrismaClientInitializationError' || x.name === 'DatabaseUnavailableError') return true;
    if (typeof x.code === 'string' && (SOCKET_CODES.has(x.code) || PRISMA_CODES.has(x.code) || isConnectionSqlState(x.code))) return true;
    if (typeof x.kind === 'string' && ADAPTER_KINDS.has(x.kind)) return true;
    if (typeof x.originalCode === 'string' && isConnectionSqlState(x.originalCode)) return true;
    if (typeof x.message === 'string' && MESSAGES.test(x.message)) return true;
    queue.push(x.cause, x.meta?.driverAdapterError);
    if (Array.isArray(x.errors)) queue.push(...x.errors); // AggregateError (several addresses refused)
  }
  return false;
}

/** Thrown where a caller wants the condition named, keeping what the driver said as its cause. */
export class DatabaseUnavailableError extends Error {
  constructor(options?: { cause?: unknown }) {
    super(DATABASE_UNAVAILABLE_MESSAGE, options);
    this.name = 'DatabaseUnavailableError';
  }
}
