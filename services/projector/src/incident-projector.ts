import { EventEmitter } from 'node:events';
import { EventPosition, IncidentEvent, IncidentView, INCIDENT_STREAM_PREFIX, applyAllToView } from '@app/domain';
import { EventStore, StoredEvent } from '@app/ledger';
import { ViewStore } from '@app/read-models';
import { parseIncidentEvent } from '@app/ingest';
import type { ViewPublisher } from '@app/messaging';

export type ProjectedBatch = { views: IncidentView[]; checkpoint: number };

const IDLE_WAIT_MS = 100;
/** Events a projector catching up reads at a time at most (see the constructor). */
export const CATCH_UP_BATCH_SIZE = 20_000;

/**
 * Folds the ledger into incident views. Each batch is applied in memory and committed together
 * with the new checkpoint, so a crash replays at most an uncommitted batch, and applyToView
 * ignores events a view already holds.
 */
export class IncidentProjector {
  private readonly changes = new EventEmitter();
  private running?: { stop: AbortController; done: Promise<void> };
  private lastError?: unknown;
  private nextBatchSize: number;

  /**
   * `batchSize` events are read at a time when the views are current; behind the ledger (a
   * rebuild, a restart after downtime) each full batch doubles the next, up to `maxBatchSize`, so
   * that a view touched by many events is written once per batch instead of once per small batch.
   */
  constructor(
    private readonly ledger: EventStore,
    private readonly views: ViewStore,
    private readonly batchSize = 500,
    private readonly publisher?: ViewPublisher,
    private readonly maxBatchSize = batchSize,
  ) {
    this.changes.setMaxListeners(0);
    this.nextBatchSize = batchSize;
  }

  /** Projects one batch after the checkpoint; returns how many ledger events it read. */
  async projectBatch(): Promise<number> {
    const from = await this.views.checkpoint();
    const size = this.nextBatchSize;
    // Only incident streams are read (an article's own events, a fifth of the ledger, are never
    // parsed here). A short batch holds every incident event up to the head read before it, so the
    // checkpoint may move to that head even when the events after the last one read are articles'.
    const head = await this.ledger.headPosition();
    if (head <= from) return 0;
    const events = await this.ledger.readAll({ fromPosition: from, maxCount: size, streamPrefix: INCIDENT_STREAM_PREFIX });
    this.nextBatchSize = events.length === size ? Math.min(size * 2, Math.max(this.maxBatchSize, this.batchSize)) : this.batchSize;
    const last = events.length ? events[events.length - 1].position : from;
    const checkpoint = events.length === size ? last : Math.max(last, head);
    if (!events.length) {
      await this.views.commit([], checkpoint);
      return 0;
    }
    const touched = await this.fold(events);
    const changed = [...touched.values()];
    // Publish before committing: a crash in between republishes the same views (compacted topic,
    // same key and value) instead of losing them.
    if (this.publisher && changed.length) await this.publisher.publish(changed);
    await this.views.commit(changed, checkpoint);
    if (changed.length) this.changes.emit('batch', { views: changed, checkpoint } satisfies ProjectedBatch);
    return events.length;
  }

  private async fold(events: StoredEvent[]): Promise<Map<string, IncidentView>> {
    // Each incident's events in ledger order; every view is folded once for the whole batch.
    const byIncident = new Map<string, Array<{ event: IncidentEvent; at: EventPosition }>>();
    for (const stored of events) {
      const id = stored.stream.slice(INCIDENT_STREAM_PREFIX.length);
      const list = byIncident.get(id) ?? [];
      list.push({ event: parseIncidentEvent(stored), at: { revision: stored.revision, position: stored.position } });
      byIncident.set(id, list);
    }
    const loaded = await this.views.getMany([...byIncident.keys()]);
    const touched = new Map<string, IncidentView>();
    const opened = new Map<string, number>();
    for (const [id, list] of byIncident) {
      const before = loaded.get(id) ?? null;
      const after = applyAllToView(before, list);
      if (!after || after === before) continue;
      touched.set(id, after);
      const opening = list.find((e) => e.event.type === 'IncidentOpened');
      if (opening) opened.set(id, opening.at.position ?? 0);
    }
    // Family links once every view of the batch is folded, so the order of incidents does not
    // matter; the stored children of new incidents and their parents are read in two queries.
    const stored = await this.views.childrenOfMany([...opened.keys()]);
    const parentIds = [...opened.keys()].map((id) => touched.get(id)?.subject.parentId).filter((p): p is string => !!p && !touched.has(p) && !loaded.has(p));
    for (const [id, parent] of await this.views.getMany([...new Set(parentIds)])) loaded.set(id, parent);
    for (const id of opened.keys()) {
      const view = touched.get(id);
      if (view) this.linkFamily(view, opened, touched, loaded, stored.get(id) ?? []);
    }
    return touched;
  }

  /**
   * Keeps parent and children pointing at each other, whichever of them was opened first. A
   * parent moves to the position where its latest child was opened, so the live feed sends it;
   * taking the maximum keeps the result the same however the ledger is cut into batches.
   */
  private linkFamily(view: IncidentView, opened: Map<string, number>, touched: Map<string, IncidentView>, loaded: Map<string, IncidentView>, storedChildren: string[]): void {
    const children = new Set(storedChildren);
    for (const other of touched.values()) if (other.subject.parentId === view.incidentId) children.add(other.incidentId);
    if (children.size) {
      const childOpenedAt = Math.max(view.ledgerPosition, ...[...children].map((c) => opened.get(c) ?? 0));
      touched.set(view.incidentId, { ...view, childIds: [...children].sort(), ledgerPosition: childOpenedAt });
    }
    const parentId = view.subject.parentId;
    if (!parentId) return;
    const parent = touched.get(parentId) ?? loaded.get(parentId);
    if (parent && !parent.childIds.includes(view.incidentId)) {
      touched.set(parentId, { ...parent, childIds: [...parent.childIds, view.incidentId].sort(), ledgerPosition: Math.max(parent.ledgerPosition, opened.get(view.incidentId) ?? 0) });
    }
  }

  /** Projects until the views reflect everything in the ledger now. */
  async catchUp(onProgress?: (checkpoint: number, head: number) => void): Promise<number> {
    const head = await this.ledger.headPosition();
    let total = 0;
    for (;;) {
      const read = await this.projectBatch();
      total += read;
      onProgress?.(await this.views.checkpoint(), head);
      if (read === 0 || (await this.views.checkpoint()) >= head) return total;
    }
  }

  /** Runs in the background until stopped; a failing batch is retried with backoff. */
  start(): void {
    if (this.running) return;
    const stop = new AbortController();
    const done = (async () => {
      let backoff = IDLE_WAIT_MS;
      while (!stop.signal.aborted) {
        try {
          const read = await this.projectBatch();
          this.lastError = undefined;
          backoff = IDLE_WAIT_MS;
          if (read === 0) await sleep(IDLE_WAIT_MS, stop.signal);
        } catch (error) {
          this.lastError = error;
          this.changes.emit('failure', error);
          await sleep(backoff, stop.signal);
          backoff = Math.min(backoff * 2, 10_000);
        }
      }
    })();
    this.running = { stop, done };
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    this.running.stop.abort();
    await this.running.done;
    this.running = undefined;
    await this.publisher?.close?.();
  }

  get healthy(): boolean {
    return this.lastError === undefined;
  }

  /** Waits until the views reflect the ledger up to `position`. */
  async waitFor(position: number, timeoutMs = 10_000): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while ((await this.views.checkpoint()) < position) {
      if (Date.now() > deadline) return false;
      await sleep(20);
    }
    return true;
  }

  onBatch(listener: (batch: ProjectedBatch) => void): () => void {
    this.changes.on('batch', listener);
    return () => this.changes.off('batch', listener);
  }

  onError(listener: (error: unknown) => void): () => void {
    this.changes.on('failure', listener);
    return () => this.changes.off('failure', listener);
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}
