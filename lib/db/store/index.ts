/**
 * The store and its outbox: writing a parsed document (one transaction), the rows it maps to, the
 * index outbox and the indexable rows, sync cursors, the member register's tables, speaker
 * re-resolution, the alert subscriptions and the alerts' outbox (what the commands read and
 * write). lib/ingest, lib/sync, lib/questions, lib/members, lib/search and lib/alerts import it
 * from here; only lib/ingest calls storeDocument.
 */
export * from './alert-outbox';
export * from './alerts';
export * from './answering-bodies';
export * from './division-rows';
export * from './division-votes';
export * from './document-rows';
export * from './documents';
export * from './gid-aliases';
export * from './indexable';
export * from './outbox';
export * from './question-sources';
export * from './register';
export * from './resolution';
export * from './sp-question-tracking';
export * from './speaker-resolutions';
export * from './store-document';
export * from './sync-cursors';
