import { createHash } from 'node:crypto';
import { EventStore, StoredEvent } from './event-store.port';

export type MigrationProgress = { copied: number; skipped: number; position: number };

/**
 * Copies every event of one ledger into another, in global order, with the same ids, types, data
 * and metadata, each stream at the same revisions. Resumable: events the target already has are
 * skipped (and a repeated append of the same ids is a no-op anyway).
 */
export async function migrateLedger(
  source: EventStore,
  target: EventStore,
  onProgress?: (progress: MigrationProgress) => void,
  batchSize = 1000,
): Promise<MigrationProgress> {
  const targetRevision = new Map<string, number>();
  const lastInTarget = async (stream: string): Promise<number> => {
    if (!targetRevision.has(stream)) {
      const [last] = await target.readStream(stream, { direction: 'backwards', maxCount: 1 });
      targetRevision.set(stream, last ? last.revision : -1);
    }
    return targetRevision.get(stream) as number;
  };
  const progress: MigrationProgress = { copied: 0, skipped: 0, position: 0 };
  for (;;) {
    const batch = await source.readAll({ fromPosition: progress.position, maxCount: batchSize });
    if (!batch.length) return progress;
    // Consecutive events of one stream go in one append.
    for (let i = 0; i < batch.length; ) {
      let j = i + 1;
      while (j < batch.length && batch[j].stream === batch[i].stream) j++;
      const run = batch.slice(i, j);
      const stream = run[0].stream;
      const last = await lastInTarget(stream);
      const missing = run.filter((e) => e.revision > last);
      progress.skipped += run.length - missing.length;
      if (missing.length) {
        if (missing[0].revision !== last + 1) throw new Error(`target stream ${stream} ends at ${last}, source continues at ${missing[0].revision}`);
        await target.appendToStream(
          stream,
          missing.map((e) => ({ id: e.id, type: e.type, data: e.data, metadata: e.metadata })),
          { expectedRevision: last < 0 ? 'no_stream' : last },
        );
        targetRevision.set(stream, missing[missing.length - 1].revision);
        progress.copied += missing.length;
      }
      i = j;
    }
    progress.position = batch[batch.length - 1].position;
    onProgress?.({ ...progress });
  }
}

/** A digest of every stream's events (id, type, revision, data, metadata): equal ledgers, equal digests. */
export async function ledgerDigest(store: EventStore, batchSize = 2000): Promise<{ events: number; streams: number; digest: string }> {
  const perStream = new Map<string, ReturnType<typeof createHash>>();
  let events = 0;
  for (let from = 0; ; ) {
    const batch: StoredEvent[] = await store.readAll({ fromPosition: from, maxCount: batchSize });
    if (!batch.length) break;
    for (const e of batch) {
      const hash = perStream.get(e.stream) ?? createHash('sha256');
      hash.update(JSON.stringify([e.revision, e.id, e.type, e.data, e.metadata]));
      perStream.set(e.stream, hash);
      events += 1;
    }
    from = batch[batch.length - 1].position;
  }
  const all = createHash('sha256');
  for (const stream of [...perStream.keys()].sort()) all.update(`${stream}:${perStream.get(stream)?.digest('hex')}\n`);
  return { events, streams: perStream.size, digest: all.digest('hex') };
}
