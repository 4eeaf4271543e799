import { Admin, Kafka, logLevel } from 'kafkajs';
import { KafkaTopics } from './topics';

export const KAFKA_CLIENT = Symbol('KAFKA_CLIENT');
export const KAFKA_TOPICS = Symbol('KAFKA_TOPICS');

/** A kafkajs client that keeps retrying while the broker is away, logging only errors. */
export function createKafka(brokers: string[], clientId = 'incident-ledger'): Kafka {
  return new Kafka({
    clientId,
    brokers,
    connectionTimeout: 3000,
    requestTimeout: 30000,
    logLevel: logLevel.NOTHING,
    retry: { initialRetryTime: 300, maxRetryTime: 5000, retries: 8 },
  });
}

/** Creates the project's topics if they are missing (idempotent). */
export async function ensureTopics(kafka: Kafka, topics: KafkaTopics): Promise<void> {
  const admin: Admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.all.filter((t) => !existing.has(t.topic));
    if (missing.length) await admin.createTopics({ topics: missing, waitForLeaders: true });
  } finally {
    await admin.disconnect();
  }
}
