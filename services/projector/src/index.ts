export * from './incident-projector';
export * from './projector.module';
