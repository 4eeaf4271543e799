import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore, deterministicEventId } from '../src';
import { eventStoreContract } from './event-store.contract';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function freshFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-'));
  dirs.push(dir);
  return join(dir, 'ledger.db');
}

eventStoreContract('SQLite', async () => new SqliteEventStore(freshFile()));

describe('SQLite event store on disk', () => {
  it('writes a batch of appends all or nothing', async () => {
    const store = new SqliteEventStore(freshFile());
    const ev = (name: string) => ({ id: deterministicEventId(name), type: 'ClaimReported', data: {}, metadata: { correlationId: 'c', causationId: 'c' } });
    await store.appendToStream('incident-a', [ev('a1')], { expectedRevision: 'no_stream' });
    await expect(
      store.appendMany([
        { stream: 'incident-b', events: [ev('b1')], expectedRevision: 'no_stream' },
        { stream: 'incident-a', events: [ev('a2')], expectedRevision: 'no_stream' },
      ]),
    ).rejects.toThrow();
    expect(await store.readStream('incident-b')).toEqual([]);
    await store.close();
  });

  it('says a repeated append wrote nothing', async () => {
    const store = new SqliteEventStore(freshFile());
    const event = { id: deterministicEventId('once'), type: 'ClaimReported', data: {}, metadata: { correlationId: 'c', causationId: 'c' } };
    expect((await store.appendToStream('incident-a', [event], { expectedRevision: 'no_stream' })).written).toBe(1);
    expect((await store.appendToStream('incident-a', [event], { expectedRevision: 'no_stream' })).written).toBe(0);
    await store.close();
  });

  it('keeps appended events across a reopen of the file', async () => {
    const file = freshFile();
    const first = new SqliteEventStore(file);
    await first.appendToStream(
      'incident-a',
      [{ id: deterministicEventId('k'), type: 'ClaimReported', data: { n: 1 }, metadata: { correlationId: 'c', causationId: 'c' } }],
      { expectedRevision: 'no_stream' },
    );
    await first.close();
    const second = new SqliteEventStore(file);
    expect((await second.readStream('incident-a')).map((e) => e.data)).toEqual([{ n: 1 }]);
    await second.close();
  });
});
