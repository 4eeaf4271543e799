import { Kafka, Message, Producer, RecordMetadata } from 'kafkajs';

/** An idempotent producer that connects on first use and waits for every in-sync replica. */
export class LazyProducer {
  private readonly producer: Producer;
  private connected?: Promise<void>;

  constructor(kafka: Kafka) {
    this.producer = kafka.producer({ allowAutoTopicCreation: false, idempotent: true, maxInFlightRequests: 1 });
  }

  async send(topic: string, messages: Message[]): Promise<RecordMetadata[]> {
    this.connected ??= this.producer.connect();
    await this.connected;
    return this.producer.send({ topic, acks: -1, messages });
  }

  async close(): Promise<void> {
    if (this.connected) await this.producer.disconnect();
  }
}
