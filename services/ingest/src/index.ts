export * from './article-ingestor';
export * from './ingest.module';
export * from './kafka-ingest.worker';
