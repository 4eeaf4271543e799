import { join } from 'node:path';
import { tempDirs } from '../../../test/support/temp-dir';
import { EventStore, SqliteEventStore, deterministicEventId, ledgerDigest, migrateLedger } from '../src';

const tempDir = tempDirs();

async function fill(store: EventStore, streams: number, perStream: number): Promise<void> {
  for (let r = 0; r < perStream; r++) {
    for (let s = 0; s < streams; s++) {
      const stream = s % 3 === 0 ? `article-${s}` : `incident-${s}`;
      await store.appendToStream(
        stream,
        [{ id: deterministicEventId(`${stream}/${r}`), type: 'ClaimReported', data: { s, r }, metadata: { correlationId: `c${s}`, causationId: `r${r}` } }],
        { expectedRevision: r === 0 ? 'no_stream' : r - 1 },
      );
    }
  }
}

describe('ledger migration', () => {
  it('copies every event in order and the two ledgers compare equal', async () => {
    const source = new SqliteEventStore(join(tempDir(), 'source.db'));
    const target = new SqliteEventStore(join(tempDir(), 'target.db'));
    await fill(source, 12, 5);
    const result = await migrateLedger(source, target, undefined, 7);
    expect(result).toMatchObject({ copied: 60, skipped: 0 });
    expect(await ledgerDigest(target)).toEqual(await ledgerDigest(source));
    await source.close();
    await target.close();
  });

  it('resumes after an interruption without copying anything twice', async () => {
    const source = new SqliteEventStore(join(tempDir(), 'source.db'));
    const target = new SqliteEventStore(join(tempDir(), 'target.db'));
    await fill(source, 10, 4);
    // Interrupted: the first copy stops after its first progress report.
    await expect(
      migrateLedger(source, target, () => {
        throw new Error('interrupted');
      }, 9),
    ).rejects.toThrow('interrupted');
    const partial = await ledgerDigest(target);
    expect(partial.events).toBe(9);
    const resumed = await migrateLedger(source, target, undefined, 9);
    expect(resumed).toMatchObject({ copied: 31, skipped: 9 });
    expect(await ledgerDigest(target)).toEqual(await ledgerDigest(source));
    await source.close();
    await target.close();
  });

  it('tells two different ledgers apart', async () => {
    const a = new SqliteEventStore(join(tempDir(), 'a.db'));
    const b = new SqliteEventStore(join(tempDir(), 'b.db'));
    await fill(a, 3, 2);
    await fill(b, 3, 3);
    expect((await ledgerDigest(a)).digest).not.toBe((await ledgerDigest(b)).digest);
    await a.close();
    await b.close();
  });
});
