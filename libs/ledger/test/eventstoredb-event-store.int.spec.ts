import { EventStoreDbEventStore } from '../src';
import { eventStoreContract } from './event-store.contract';

/** Runs the very same contract against a live EventStoreDB/KurrentDB when EVENTSTORE_URL is set. */
const url = process.env.EVENTSTORE_URL;
if (url) {
  eventStoreContract('EventStoreDB', async () => new EventStoreDbEventStore(url));
} else {
  console.warn('EVENTSTORE_URL is not set: the EventStoreDB contract tests are skipped (see the README for a one-line docker run).');
  describe.skip('EventStoreDB: event store contract (EVENTSTORE_URL is not set)', () => {
    it('runs only against a live server', () => undefined);
  });
}

describe('EventStoreDB adapter with no server listening', () => {
  it('reports the ledger unavailable after its bounded retries, instead of crashing', async () => {
    // A closed loopback port: the real client fails as it would with the server down.
    const store = new EventStoreDbEventStore('esdb://127.0.0.1:1?tls=false&keepAliveTimeout=10000&defaultDeadline=2000', {
      attempts: 2,
      baseDelayMs: 10,
      maxDelayMs: 10,
    });
    await expect(store.readStream('incident-a')).rejects.toMatchObject({ code: 'LEDGER_UNAVAILABLE' });
    await expect(
      store.appendToStream('incident-a', [{ id: '8b0d3a3e-6b0e-4a53-9a57-3a1b2c3d4e5f', type: 'X', data: {}, metadata: { correlationId: 'c', causationId: 'c' } }], {
        expectedRevision: 'no_stream',
      }),
    ).rejects.toMatchObject({ code: 'LEDGER_UNAVAILABLE' });
    await store.close();
  }, 30_000);
});
