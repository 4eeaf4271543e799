import { Kafka, RecordMetadata } from 'kafkajs';
import { Article } from '@app/domain';
import { LazyProducer } from './producer';
import { KafkaTopics } from './topics';

/** Publishes articles to `articles.v1`, keyed by article id so every revision keeps its order. */
export class ArticleProducer {
  private readonly producer: LazyProducer;

  constructor(
    kafka: Kafka,
    private readonly topics: KafkaTopics,
  ) {
    this.producer = new LazyProducer(kafka);
  }

  publish(articles: Article[]): Promise<RecordMetadata[]> {
    return this.producer.send(
      this.topics.articles.topic,
      articles.map((a) => ({ key: a.articleId, value: JSON.stringify(a), headers: { 'content-type': 'application/json' } })),
    );
  }

  close(): Promise<void> {
    return this.producer.close();
  }
}
