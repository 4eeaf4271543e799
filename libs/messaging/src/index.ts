export * from './topics';
export * from './kafka-client';
export * from './article-consumer';
export * from './article-producer';
export * from './view-publisher';
