export * from './article';
export * from './claim';
export * from './events';
export * from './estimate';
export * from './incident.decider';
export * from './incident-view';
export * from './source-statistics';
