export * from './article-ingestor';
export * from './ingest.module';
