import { ITopicConfig } from 'kafkajs';

/** Every topic the services use, with its partitions and retention, named in one place. */
export const TOPICS = {
  articles: {
    topic: 'articles.v1',
    numPartitions: 2,
    configEntries: [
      { name: 'retention.ms', value: String(14 * 24 * 3600 * 1000) },
      { name: 'max.message.bytes', value: String(8 * 1024 * 1024) },
    ],
  },
  deadLetters: {
    topic: 'articles.v1.dlq',
    numPartitions: 1,
    configEntries: [
      { name: 'retention.ms', value: String(90 * 24 * 3600 * 1000) },
      { name: 'max.message.bytes', value: String(8 * 1024 * 1024) },
    ],
  },
  views: {
    topic: 'incident-views.v1',
    numPartitions: 2,
    // Compacted: the latest view of every incident is kept forever, older ones are cleaned away.
    configEntries: [
      { name: 'cleanup.policy', value: 'compact' },
      { name: 'min.cleanable.dirty.ratio', value: '0.1' },
      { name: 'segment.ms', value: String(3600 * 1000) },
      { name: 'max.message.bytes', value: String(8 * 1024 * 1024) },
    ],
  },
} as const satisfies Record<string, ITopicConfig>;

export const ARTICLES_TOPIC = TOPICS.articles.topic;
export const DEAD_LETTER_TOPIC = TOPICS.deadLetters.topic;
export const VIEWS_TOPIC = TOPICS.views.topic;
export const INGEST_GROUP = 'incident-ledger-ingest';

/** Headers a dead letter carries, so an operator can tell why and where it came from. */
export const DLQ_HEADERS = {
  reason: 'dlq-reason',
  detail: 'dlq-detail',
  topic: 'dlq-original-topic',
  partition: 'dlq-original-partition',
  offset: 'dlq-original-offset',
  attempts: 'dlq-attempts',
  failedAt: 'dlq-failed-at',
} as const;
