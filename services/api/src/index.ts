export * from './app.module';
export * from './server';
