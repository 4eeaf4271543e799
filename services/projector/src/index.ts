export * from './incident-projector';
export * from './projector.module';
export * from './time-travel';
