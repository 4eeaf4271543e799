import { randomBytes } from 'node:crypto';
import { EventStore, NewEvent, StoredEvent, WrongExpectedRevisionError, deterministicEventId } from '../src';

/**
 * The behaviour every ledger adapter must have. An adapter's spec calls this with a factory that
 * gives a fresh, empty store; the EventStoreDB adapter runs the very same tests.
 */
export function eventStoreContract(name: string, open: () => Promise<EventStore>): void {
  describe(`${name}: event store contract`, () => {
    let store: EventStore;
    // Streams of each test live under a namespace of their own, so the suite also runs against a
    // shared server (EventStoreDB) that cannot be emptied between tests.
    let ns = '';
    const s = (stream: string) => `${ns}${stream}`;
    beforeEach(async () => {
      store = await open();
      ns = `t${randomBytes(4).toString('hex')}-`;
    });
    afterEach(async () => {
      await store.close();
    });

    const event = (name: string, type = 'ClaimReported', data: unknown = { name }): NewEvent => ({
      id: deterministicEventId(`${ns}${name}`),
      type,
      data,
      metadata: { correlationId: 'corr-1', causationId: 'cause-1', extractor: { name: 'test', version: '1' } },
    });

    it('appends to a new stream with no_stream and reads it back in order, data and metadata intact', async () => {
      const result = await store.appendToStream(s('incident-a'), [event('a1'), event('a2')], { expectedRevision: 'no_stream' });
      expect(result.nextRevision).toBe(1);
      const read = await store.readStream(s('incident-a'));
      expect(read.map((e) => [e.revision, e.type, e.data])).toEqual([
        [0, 'ClaimReported', { name: 'a1' }],
        [1, 'ClaimReported', { name: 'a2' }],
      ]);
      expect(read[0].metadata).toEqual({ correlationId: 'corr-1', causationId: 'cause-1', extractor: { name: 'test', version: '1' } });
      expect(read[0].id).toBe(deterministicEventId(`${ns}a1`));
    });

    it('rejects an append whose expected revision is stale, and writes nothing', async () => {
      await store.appendToStream(s('incident-a'), [event('a1')], { expectedRevision: 'no_stream' });
      await expect(store.appendToStream(s('incident-a'), [event('a2')], { expectedRevision: 'no_stream' })).rejects.toBeInstanceOf(
        WrongExpectedRevisionError,
      );
      await expect(store.appendToStream(s('incident-a'), [event('a3')], { expectedRevision: 5 })).rejects.toBeInstanceOf(
        WrongExpectedRevisionError,
      );
      await store.appendToStream(s('incident-a'), [event('a4')], { expectedRevision: 0 });
      expect((await store.readStream(s('incident-a'))).map((e) => (e.data as { name: string }).name)).toEqual(['a1', 'a4']);
    });

    it('treats a repeated append of the same event ids as a no-op', async () => {
      await store.appendToStream(s('incident-a'), [event('a1'), event('a2')], { expectedRevision: 'no_stream' });
      await store.appendToStream(s('incident-a'), [event('a1'), event('a2')], { expectedRevision: 'no_stream' });
      expect(await store.readStream(s('incident-a'))).toHaveLength(2);
    });

    it('reads a stream backwards and from a revision, and an absent stream as empty', async () => {
      await store.appendToStream(s('incident-a'), [event('a1'), event('a2'), event('a3')], { expectedRevision: 'no_stream' });
      const back = await store.readStream(s('incident-a'), { direction: 'backwards', maxCount: 2 });
      expect(back.map((e) => e.revision)).toEqual([2, 1]);
      const from = await store.readStream(s('incident-a'), { fromRevision: 1 });
      expect(from.map((e) => e.revision)).toEqual([1, 2]);
      expect(await store.readStream(s('incident-none'))).toEqual([]);
    });

    it('reads all streams in global order from an exclusive position, filtered by prefix', async () => {
      await store.appendToStream(s('incident-a'), [event('a1')], { expectedRevision: 'no_stream' });
      await store.appendToStream(s('article-x'), [event('x1', 'ArticleProcessed')], { expectedRevision: 'no_stream' });
      await store.appendToStream(s('incident-b'), [event('b1')], { expectedRevision: 'no_stream' });
      const all = await store.readAll({ streamPrefix: ns });
      expect(all.map((e) => e.stream)).toEqual([s('incident-a'), s('article-x'), s('incident-b')]);
      expect(all[0].position).toBeLessThan(all[1].position);
      const after = await store.readAll({ fromPosition: all[0].position, streamPrefix: ns });
      expect(after.map((e) => e.stream)).toEqual([s('article-x'), s('incident-b')]);
      const incidents = await store.readAll({ streamPrefix: s('incident-') });
      expect(incidents.map((e) => e.stream)).toEqual([s('incident-a'), s('incident-b')]);
      expect(await store.headPosition()).toBe(all[2].position);
    });

    it('subscribes to all: catches up from a stored position, then receives live appends', async () => {
      await store.appendToStream(s('incident-a'), [event('a1'), event('a2')], { expectedRevision: 'no_stream' });
      const [first] = await store.readAll({ maxCount: 1, streamPrefix: ns });
      const controller = new AbortController();
      const seen: StoredEvent[] = [];
      const done = (async () => {
        for await (const e of store.subscribeToAll({ fromPosition: first.position, streamPrefix: s('incident-'), signal: controller.signal })) {
          seen.push(e);
          if (seen.length === 3) controller.abort();
        }
      })();
      await store.appendToStream(s('article-x'), [event('x1', 'ArticleProcessed')], { expectedRevision: 'no_stream' });
      await store.appendToStream(s('incident-b'), [event('b1'), event('b2')], { expectedRevision: 'no_stream' });
      await done;
      expect(seen.map((e) => (e.data as { name: string }).name)).toEqual(['a2', 'b1', 'b2']);
    });

    it('appends to several streams at once, each at its expected revision', async () => {
      await store.appendToStream(s('incident-a'), [event('a1')], { expectedRevision: 'no_stream' });
      const results = await store.appendMany([
        { stream: s('incident-a'), events: [event('a2')], expectedRevision: 0 },
        { stream: s('article-x'), events: [event('x1', 'ArticleProcessed')], expectedRevision: 'no_stream' },
      ]);
      expect(results.map((r) => r.nextRevision)).toEqual([1, 0]);
      expect((await store.readStream(s('incident-a'))).map((e) => e.revision)).toEqual([0, 1]);
      expect(await store.readStream(s('article-x'))).toHaveLength(1);
      await expect(store.appendMany([{ stream: s('incident-a'), events: [event('a3')], expectedRevision: 0 }])).rejects.toBeInstanceOf(WrongExpectedRevisionError);
    });

    it('never loses an event when writers race on one stream', async () => {
      const writers = Array.from({ length: 8 }, (_, i) => i);
      await Promise.all(
        writers.map(async (i) => {
          for (;;) {
            const last = await store.readStream(s('incident-race'), { direction: 'backwards', maxCount: 1 });
            try {
              await store.appendToStream(s('incident-race'), [event(`race-${i}`)], {
                expectedRevision: last.length ? last[0].revision : 'no_stream',
              });
              return;
            } catch (error) {
              if (!(error instanceof WrongExpectedRevisionError)) throw error;
            }
          }
        }),
      );
      const read = await store.readStream(s('incident-race'));
      expect(read.map((e) => e.revision)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
      expect(new Set(read.map((e) => (e.data as { name: string }).name)).size).toBe(8);
    });
  });
}
