export * from './view-store.port';
export * from './sqlite-view-store';
