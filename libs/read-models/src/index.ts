export * from './view-store.port';
export * from './view-rows';
export * from './sqlite-view-store';
export * from './postgres-view-store';
