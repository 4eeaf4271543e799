export * from './tokens';
export * from './metrics';
export * from './runtime.module';
