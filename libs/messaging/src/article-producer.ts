import { Kafka, Producer, RecordMetadata } from 'kafkajs';
import { Article } from '@app/domain';
import { KafkaTopics } from './topics';

/** Publishes articles to `articles.v1`, keyed by article id so every revision keeps its order. */
export class ArticleProducer {
  private readonly producer: Producer;
  private connected?: Promise<void>;

  constructor(
    kafka: Kafka,
    private readonly topics: KafkaTopics,
  ) {
    this.producer = kafka.producer({ allowAutoTopicCreation: false, idempotent: true, maxInFlightRequests: 1 });
  }

  async publish(articles: Article[]): Promise<RecordMetadata[]> {
    this.connected ??= this.producer.connect();
    await this.connected;
    return this.producer.send({
      topic: this.topics.articles.topic,
      acks: -1,
      messages: articles.map((a) => ({ key: a.articleId, value: JSON.stringify(a), headers: { 'content-type': 'application/json' } })),
    });
  }

  async close(): Promise<void> {
    if (this.connected) await this.producer.disconnect();
  }
}
