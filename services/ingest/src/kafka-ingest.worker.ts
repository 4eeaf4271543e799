import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Kafka } from 'kafkajs';
import { ArticleConsumer, KAFKA_CLIENT, KAFKA_TOPICS, KafkaTopics, ensureTopics } from '@app/messaging';
import { METRICS, Metrics } from '@app/runtime';
import { ArticleIngestor } from './article-ingestor';

/** With KAFKA_BROKERS set, consumes `articles.v1` into the ledger for as long as the app runs. */
@Injectable()
export class KafkaIngestWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('KafkaIngest');
  private consumer?: ArticleConsumer;

  constructor(
    @Inject(KAFKA_CLIENT) private readonly kafka: Kafka | null,
    @Inject(KAFKA_TOPICS) private readonly topics: KafkaTopics,
    @Inject(ArticleIngestor) private readonly ingestor: ArticleIngestor,
    @Inject(METRICS) private readonly metrics: Metrics,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.kafka) return;
    await ensureTopics(this.kafka, this.topics);
    this.consumer = new ArticleConsumer(
      this.kafka,
      this.topics,
      async (article) => {
        const timer = this.metrics.ingestSeconds.startTimer();
        const result = await this.ingestor.ingest(article);
        timer();
        this.metrics.articles.inc({ status: result.status });
        this.metrics.claims.inc(result.claims);
        this.metrics.events.inc(result.eventsAppended);
      },
      {
        // Runs of messages are recorded in one ledger transaction (group commit).
        handleMany: async (articles) => {
          const timer = this.metrics.ingestSeconds.startTimer();
          const outcomes = await this.ingestor.ingestMany(articles);
          timer();
          for (const o of outcomes) {
            if (!o.ok) continue;
            this.metrics.articles.inc({ status: o.result.status });
            this.metrics.claims.inc(o.result.claims);
            this.metrics.events.inc(o.result.eventsAppended);
          }
          return outcomes.map((o) => (o.ok ? { ok: true as const } : o));
        },
        onDeadLetter: ({ reason, detail, partition, offset }) => {
          this.metrics.articles.inc({ status: `dead_letter:${reason}` });
          this.logger.warn(`dead-lettered ${partition}/${offset}: ${reason}: ${detail.slice(0, 300)}`);
        },
      },
    );
    await this.consumer.start();
    this.logger.log(`consuming ${this.topics.articles.topic}`);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.consumer?.stop();
  }
}
