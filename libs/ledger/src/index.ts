export * from './event-store.port';
export * from './event-id';
export * from './sqlite-event-store';
export * from './eventstoredb-event-store';
export * from './migrate';
export * from './ledger-session';
