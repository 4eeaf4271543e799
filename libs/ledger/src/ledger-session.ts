import {
  AppendResult,
  EventStore,
  ExpectedRevision,
  NewEvent,
  ReadStreamOptions,
  StoredEvent,
  WrongExpectedRevisionError,
} from './event-store.port';

/**
 * A unit of work over a ledger: reads see the store plus what the session has appended so far,
 * appends are held until `flush`, which writes them all with `appendMany` (SQLite: one
 * transaction, one fsync). Lets a batch of articles be decided one after another and committed
 * together.
 */
export class LedgerSession {
  private readonly base = new Map<string, StoredEvent[]>();
  private readonly pending = new Map<string, { expectedRevision: Exclude<ExpectedRevision, 'any'>; events: NewEvent[] }>();

  constructor(private readonly store: EventStore) {}

  private async baseOf(stream: string): Promise<StoredEvent[]> {
    let events = this.base.get(stream);
    if (!events) {
      events = await this.store.readStream(stream);
      this.base.set(stream, events);
    }
    return events;
  }

  /** Reads the streams the batch will need in one go, so that each article's reads are in memory. */
  async preload(streams: string[]): Promise<void> {
    const missing = [...new Set(streams)].filter((stream) => !this.base.has(stream));
    if (!missing.length) return;
    for (const [stream, events] of await this.store.readStreams(missing)) this.base.set(stream, events);
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<StoredEvent[]> {
    const base = await this.baseOf(stream);
    const held = this.pending.get(stream)?.events ?? [];
    const all: StoredEvent[] = [
      ...base,
      ...held.map((e, i) => ({ ...e, stream, revision: base.length + i, position: 0, createdAt: '' })),
    ];
    const from = options.fromRevision;
    const ordered = options.direction === 'backwards'
      ? all.filter((e) => from === undefined || e.revision <= from).reverse()
      : all.filter((e) => from === undefined || e.revision >= from);
    return ordered.slice(0, options.maxCount ?? ordered.length);
  }

  /**
   * Holds the events. A stream not read in this session is taken at the caller's word (a caller
   * that remembers the stream's revision need not read it again): the store checks that revision
   * when the session is flushed, and a flush that finds it wrong writes nothing.
   */
  async appendToStream(stream: string, events: NewEvent[], { expectedRevision }: { expectedRevision: ExpectedRevision }): Promise<AppendResult> {
    const held = this.pending.get(stream);
    let current: number;
    if (held) current = revisionNumber(held.expectedRevision) + held.events.length;
    else if (expectedRevision !== 'any' && !this.base.has(stream)) current = revisionNumber(expectedRevision);
    else current = (await this.baseOf(stream)).length - 1;
    const matches = expectedRevision === 'any' || (expectedRevision === 'no_stream' ? current < 0 : current === expectedRevision);
    if (!matches) throw new WrongExpectedRevisionError(stream, expectedRevision, current < 0 ? 'no_stream' : current);
    if (held) held.events.push(...events);
    else this.pending.set(stream, { expectedRevision: current < 0 ? 'no_stream' : current, events: [...events] });
    return { nextRevision: current + events.length, position: 0, written: events.length };
  }

  get size(): number {
    return [...this.pending.values()].reduce((n, p) => n + p.events.length, 0);
  }

  /** Writes everything held; returns the ledger position after it and how many events were new. */
  async flush(): Promise<{ position: number; written: number }> {
    const appends = [...this.pending.entries()].map(([stream, p]) => ({ stream, events: p.events, expectedRevision: p.expectedRevision }));
    this.pending.clear();
    this.base.clear();
    if (!appends.length) return { position: 0, written: 0 };
    const results = await this.store.appendMany(appends);
    return { position: Math.max(...results.map((r) => r.position)), written: results.reduce((n, r) => n + r.written, 0) };
  }
}

function revisionNumber(revision: Exclude<ExpectedRevision, 'any'>): number {
  return revision === 'no_stream' ? -1 : revision;
}
