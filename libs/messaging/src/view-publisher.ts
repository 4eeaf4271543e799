import { Kafka, Producer } from 'kafkajs';
import { IncidentView } from '@app/domain';
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
  private readonly producer: Producer;
  private connected?: Promise<void>;

  constructor(
    kafka: Kafka,
    private readonly topics: KafkaTopics,
  ) {
    this.producer = kafka.producer({ allowAutoTopicCreation: false, idempotent: true, maxInFlightRequests: 1 });
  }

  async publish(views: IncidentView[]): Promise<void> {
    if (!views.length) return;
    this.connected ??= this.producer.connect();
    await this.connected;
    await this.producer.send({
      topic: this.topics.views.topic,
      acks: -1,
      messages: views.map((view) => ({
        key: view.incidentId,
        value: JSON.stringify(view),
        headers: { 'content-type': 'application/json', 'ledger-revision': String(view.ledgerRevision) },
      })),
    });
  }

  async close(): Promise<void> {
    if (this.connected) await this.producer.disconnect();
  }
}
