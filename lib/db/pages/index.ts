/**
 * The reads pages, routes and exports make (app/, components/ types, lib/http, lib/export):
 * records and their views, speakers, sitting days, questions, exports, register coverage. The one
 * entry point for them. Several are 'server-only' (Next's guard), so the commands and what they
 * run (lib/alerts, lib/ingest, lib/sync, lib/questions, lib/members) never import this folder.
 */
export * from './divisions';
export * from './exports';
export * from './questions';
export * from './records';
export * from './register-coverage';
export * from './sittings';
export * from './sp-question-tracking';
export * from './speakers';
export * from './views';
