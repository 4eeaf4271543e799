import { join } from 'node:path';
import { tempDirs } from '../../../test/support/temp-dir';
import { LedgerSession, SqliteEventStore, WrongExpectedRevisionError, deterministicEventId } from '../src';

const tempDir = tempDirs();
const ev = (name: string) => ({ id: deterministicEventId(name), type: 'ClaimReported', data: { name }, metadata: { correlationId: 'c', causationId: 'c' } });

describe('a ledger session (unit of work)', () => {
  it('reads its own appends before they are written, and writes them together on flush', async () => {
    const store = new SqliteEventStore(join(tempDir(), 'l.db'));
    await store.appendToStream('incident-a', [ev('a1')], { expectedRevision: 'no_stream' });
    const session = new LedgerSession(store);
    await session.appendToStream('incident-a', [ev('a2')], { expectedRevision: 0 });
    await session.appendToStream('incident-a', [ev('a3')], { expectedRevision: 1 });
    await session.appendToStream('article-x', [ev('x1')], { expectedRevision: 'no_stream' });
    expect((await session.readStream('incident-a')).map((e) => e.revision)).toEqual([0, 1, 2]);
    expect((await session.readStream('incident-a', { direction: 'backwards', maxCount: 1 }))[0].revision).toBe(2);
    await expect(session.appendToStream('incident-a', [ev('a4')], { expectedRevision: 1 })).rejects.toBeInstanceOf(WrongExpectedRevisionError);
    expect(await store.readStream('incident-a')).toHaveLength(1);
    const flushed = await session.flush();
    expect(flushed.written).toBe(3);
    expect((await store.readStream('incident-a')).map((e) => (e.data as { name: string }).name)).toEqual(['a1', 'a2', 'a3']);
    await store.close();
  });

  it('fails the flush when another writer got there first, writing nothing', async () => {
    const store = new SqliteEventStore(join(tempDir(), 'l.db'));
    const session = new LedgerSession(store);
    await session.appendToStream('incident-a', [ev('mine')], { expectedRevision: 'no_stream' });
    await store.appendToStream('incident-a', [ev('theirs')], { expectedRevision: 'no_stream' });
    await expect(session.flush()).rejects.toBeInstanceOf(WrongExpectedRevisionError);
    expect((await store.readStream('incident-a')).map((e) => (e.data as { name: string }).name)).toEqual(['theirs']);
    await store.close();
  });

  it('takes the revision of a stream it has not read at the caller\'s word, and the store checks it on flush', async () => {
    const store = new SqliteEventStore(join(tempDir(), 'l.db'));
    await store.appendToStream('incident-a', [ev('a1')], { expectedRevision: 'no_stream' });
    const wrong = new LedgerSession(store);
    await wrong.appendToStream('incident-a', [ev('a2')], { expectedRevision: 4 });
    await wrong.appendToStream('incident-a', [ev('a3')], { expectedRevision: 5 });
    await expect(wrong.flush()).rejects.toBeInstanceOf(WrongExpectedRevisionError);
    expect(await store.readStream('incident-a')).toHaveLength(1);
    const right = new LedgerSession(store);
    await right.appendToStream('incident-a', [ev('a2')], { expectedRevision: 0 });
    await expect(right.appendToStream('incident-a', [ev('a3')], { expectedRevision: 0 })).rejects.toBeInstanceOf(WrongExpectedRevisionError);
    expect(await right.flush()).toMatchObject({ written: 1 });
    expect((await store.readStream('incident-a')).map((e) => (e.data as { name: string }).name)).toEqual(['a1', 'a2']);
    await store.close();
  });

  it('reads several streams, or their last revisions, in one query; a session preloads them and serves them from memory', async () => {
    const store = new SqliteEventStore(join(tempDir(), 'l.db'));
    await store.appendMany([
      { stream: 'incident-a', events: [ev('a1'), ev('a2')], expectedRevision: 'no_stream' },
      { stream: 'incident-b', events: [ev('b1')], expectedRevision: 'no_stream' },
    ]);
    const read = await store.readStreams(['incident-b', 'incident-none', 'incident-a']);
    expect([...read.entries()].map(([stream, events]) => [stream, events.map((e) => e.revision)])).toEqual([
      ['incident-b', [0]],
      ['incident-none', []],
      ['incident-a', [0, 1]],
    ]);
    expect([...(await store.lastRevisions(['incident-a', 'incident-none', 'incident-b'])).entries()].sort()).toEqual([
      ['incident-a', 1],
      ['incident-b', 0],
    ]);
    const session = new LedgerSession(store);
    await session.preload(['incident-a', 'incident-none']);
    await store.appendToStream('incident-a', [ev('a3')], { expectedRevision: 1 });
    // The session reads what it preloaded (a unit of work sees one moment); the flush would catch the change.
    expect(await session.readStream('incident-a')).toHaveLength(2);
    expect(await session.readStream('incident-none')).toEqual([]);
    await store.close();
  });
});
