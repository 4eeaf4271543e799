import { ITopicConfig } from 'kafkajs';

const DAY_MS = 24 * 3600 * 1000;
const MAX_MESSAGE_BYTES = String(8 * 1024 * 1024);

/**
 * Every topic the services use, with partitions and retention, named in one place. A prefix
 * (KAFKA_TOPIC_PREFIX) lets several deployments, or test runs, share one cluster.
 */
export function kafkaTopics(prefix = '') {
  const articles: ITopicConfig = {
    topic: `${prefix}articles.v1`,
    numPartitions: 2,
    configEntries: [
      { name: 'retention.ms', value: String(14 * DAY_MS) },
      { name: 'max.message.bytes', value: MAX_MESSAGE_BYTES },
    ],
  };
  const deadLetters: ITopicConfig = {
    topic: `${prefix}articles.v1.dlq`,
    numPartitions: 1,
    configEntries: [
      { name: 'retention.ms', value: String(90 * DAY_MS) },
      { name: 'max.message.bytes', value: MAX_MESSAGE_BYTES },
    ],
  };
  // Compacted: the latest view of every incident is kept, older ones are cleaned away.
  const views: ITopicConfig = {
    topic: `${prefix}incident-views.v1`,
    numPartitions: 2,
    configEntries: [
      { name: 'cleanup.policy', value: 'compact' },
      { name: 'min.cleanable.dirty.ratio', value: '0.1' },
      { name: 'segment.ms', value: String(3600 * 1000) },
      { name: 'max.message.bytes', value: MAX_MESSAGE_BYTES },
    ],
  };
  return {
    articles,
    deadLetters,
    views,
    all: [articles, deadLetters, views],
    ingestGroup: `${prefix}incident-ledger-ingest`,
  };
}
export type KafkaTopics = ReturnType<typeof kafkaTopics>;

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
