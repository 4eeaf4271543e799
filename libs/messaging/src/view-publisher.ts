import { Kafka } from 'kafkajs';
import { IncidentView } from '@app/domain';
import { LazyProducer } from './producer';
import { KafkaTopics } from './topics';

/** Something the projector hands each batch of changed views to before it commits them. */
export interface ViewPublisher {
  publish(views: IncidentView[]): Promise<void>;
  close?(): Promise<void>;
}

/**
 * Publishes changed views to the compacted `incident-views.v1` (key = incident id). The projector
 * publishes before it commits its checkpoint, so a crash republishes rather than loses a view.
 */
export class KafkaViewPublisher implements ViewPublisher {
  private readonly producer: LazyProducer;

  constructor(
    kafka: Kafka,
    private readonly topics: KafkaTopics,
  ) {
    this.producer = new LazyProducer(kafka);
  }

  async publish(views: IncidentView[]): Promise<void> {
    if (!views.length) return;
    await this.producer.send(
      this.topics.views.topic,
      views.map((view) => ({
        key: view.incidentId,
        value: JSON.stringify(view),
        headers: { 'content-type': 'application/json', 'ledger-revision': String(view.ledgerRevision) },
      })),
    );
  }

  close(): Promise<void> {
    return this.producer.close();
  }
}
