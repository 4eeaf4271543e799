import { BeforeApplicationShutdown, Inject, Injectable, Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import { EVENT_STORE, EventStore } from '@app/ledger';
import { VIEW_STORE, ViewStore } from '@app/read-models';
import { KAFKA_CLIENT, KAFKA_TOPICS, KafkaTopics, KafkaViewPublisher, ensureTopics } from '@app/messaging';
import { METRICS, Metrics } from '@app/runtime';
import { Kafka } from 'kafkajs';
import { CATCH_UP_BATCH_SIZE, IncidentProjector } from './incident-projector';

/** Starts the projector with the application and stops it before the stores close. */
@Injectable()
class ProjectorLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Projector');
  constructor(
    @Inject(IncidentProjector) private readonly projector: IncidentProjector,
    @Inject(METRICS) private readonly metrics: Metrics,
  ) {}

  onApplicationBootstrap(): void {
    this.projector.onBatch(({ checkpoint, views }) => {
      this.metrics.checkpoint.set(checkpoint);
      this.logger.debug(`projected ${views.length} views up to ${checkpoint}`);
    });
    this.projector.onError((error) => this.logger.error(`projection failed, retrying: ${String(error)}`));
    this.projector.start();
  }

  /** Before the stores close (they close in onApplicationShutdown). */
  async beforeApplicationShutdown(): Promise<void> {
    await this.projector.stop();
  }
}

@Module({
  providers: [
    {
      provide: IncidentProjector,
      useFactory: async (ledger: EventStore, views: ViewStore, kafka: Kafka | null, topics: KafkaTopics) => {
        if (!kafka) return new IncidentProjector(ledger, views, 500, undefined, CATCH_UP_BATCH_SIZE);
        await ensureTopics(kafka, topics);
        return new IncidentProjector(ledger, views, 500, new KafkaViewPublisher(kafka, topics), CATCH_UP_BATCH_SIZE);
      },
      inject: [EVENT_STORE, VIEW_STORE, KAFKA_CLIENT, KAFKA_TOPICS],
    },
    ProjectorLifecycle,
  ],
  exports: [IncidentProjector],
})
export class ProjectorModule {}
