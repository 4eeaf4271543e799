import { EventEmitter } from 'node:events';
import { IncidentView, INCIDENT_STREAM_PREFIX, applyToView } from '@app/domain';
import { EventStore, StoredEvent } from '@app/ledger';
import { ViewStore } from '@app/read-models';
import { parseIncidentEvent } from '@app/ingest';
import type { ViewPublisher } from '@app/messaging';

export type ProjectedBatch = { views: IncidentView[]; checkpoint: number };

const IDLE_WAIT_MS = 100;

/**
 * Folds the ledger into incident views. Each batch is applied in memory and committed together
 * with the new checkpoint, so a crash replays at most an uncommitted batch, and applyToView
 * ignores events a view already holds.
 */
export class IncidentProjector {
  private readonly changes = new EventEmitter();
  private running?: { stop: AbortController; done: Promise<void> };
  private lastError?: unknown;

  constructor(
    private readonly ledger: EventStore,
    private readonly views: ViewStore,
    private readonly batchSize = 500,
    private readonly publisher?: ViewPublisher,
  ) {
    this.changes.setMaxListeners(0);
  }

  /** Projects one batch after the checkpoint; returns how many ledger events it read. */
  async projectBatch(): Promise<number> {
    const from = await this.views.checkpoint();
    const events = await this.ledger.readAll({ fromPosition: from, maxCount: this.batchSize });
    if (!events.length) return 0;
    const touched = await this.fold(events);
    const checkpoint = events[events.length - 1].position;
    const changed = [...touched.values()];
    // Publish before committing: a crash in between republishes the same views (compacted topic,
    // same key and value) instead of losing them.
    if (this.publisher && changed.length) await this.publisher.publish(changed);
    await this.views.commit(changed, checkpoint);
    if (changed.length) this.changes.emit('batch', { views: changed, checkpoint } satisfies ProjectedBatch);
    return events.length;
  }

  private async fold(events: StoredEvent[]): Promise<Map<string, IncidentView>> {
    const incidentEvents = events.filter((e) => e.stream.startsWith(INCIDENT_STREAM_PREFIX));
    const ids = [...new Set(incidentEvents.map((e) => e.stream.slice(INCIDENT_STREAM_PREFIX.length)))];
    const loaded = await this.views.getMany(ids);
    const touched = new Map<string, IncidentView>();
    for (const stored of incidentEvents) {
      const id = stored.stream.slice(INCIDENT_STREAM_PREFIX.length);
      const before = touched.get(id) ?? loaded.get(id) ?? null;
      const event = parseIncidentEvent(stored);
      const after = applyToView(before, event, { revision: stored.revision, position: stored.position });
      if (!after || after === before) continue;
      touched.set(id, after);
      if (event.type === 'IncidentOpened') await this.linkFamily(after, touched, loaded);
    }
    return touched;
  }

  /** Keeps parent and children pointing at each other, whichever of them was opened first. */
  private async linkFamily(view: IncidentView, touched: Map<string, IncidentView>, loaded: Map<string, IncidentView>): Promise<void> {
    const children = new Set(await this.views.childrenOf(view.incidentId));
    for (const other of touched.values()) if (other.subject.parentId === view.incidentId) children.add(other.incidentId);
    if (children.size) touched.set(view.incidentId, { ...view, childIds: [...children].sort() });
    const parentId = view.subject.parentId;
    if (!parentId) return;
    const parent = touched.get(parentId) ?? loaded.get(parentId) ?? (await this.views.get(parentId));
    if (parent && !parent.childIds.includes(view.incidentId)) {
      // The parent changed too: it moves to the child's position, so the live feed sends it.
      touched.set(parentId, { ...parent, childIds: [...parent.childIds, view.incidentId].sort(), ledgerPosition: Math.max(parent.ledgerPosition, view.ledgerPosition) });
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
