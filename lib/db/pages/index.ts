/**
 * The reads pages, routes, exports and alerts make (app/, components/ types, lib/http, lib/export,
 * lib/alerts, lib/references): records and their views, speakers, sitting days, questions,
 * references, exports, alert subscriptions. The one entry point for them.
 */
export * from './alerts';
export * from './exports';
export * from './questions';
export * from './records';
export * from './register-coverage';
export * from './sittings';
export * from './speakers';
export * from './views';
