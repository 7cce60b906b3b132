/**
 * The reads the proxy bundle (proxy.ts, through lib/http and lib/references) may import: whether
 * Postgres answers, what an old permalink now points to, whether a record, speaker or sitting day
 * exists, and what a pasted reference resolves to. Kept apart so the proxy pulls in no other
 * part of lib/db; pages may read these too.
 */
export * from './availability';
export * from './page-existence';
export * from './permalinks';
export * from './references';
export * from './sitting-days';
