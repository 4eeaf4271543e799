import Database from 'better-sqlite3';
import { EventEmitter, once } from 'node:events';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  AppendResult,
  EventStore,
  ExpectedRevision,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  StoredEvent,
  StreamAppend,
  SubscribeOptions,
  WrongExpectedRevisionError,
} from './event-store.port';

type Row = {
  position: number;
  id: string;
  stream: string;
  revision: number;
  type: string;
  data: string;
  metadata: string;
  created_at: string;
};

const SCHEMA = `
CREATE TABLE IF NOT EXISTS events (
  position   INTEGER PRIMARY KEY AUTOINCREMENT,
  id         TEXT NOT NULL UNIQUE,
  stream     TEXT NOT NULL,
  revision   INTEGER NOT NULL,
  type       TEXT NOT NULL,
  data       TEXT NOT NULL,
  metadata   TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (stream, revision)
);`;

/** How long a live subscription sleeps before looking for appends made by another process. */
const POLL_MS = 250;

/**
 * The embedded ledger: one SQLite file in WAL mode with full fsync, so an append that returned is
 * on disk. Appends from this process wake subscribers at once; other processes' appends are found
 * by polling.
 */
export class SqliteEventStore implements EventStore {
  private readonly db: Database.Database;
  private readonly appended = new EventEmitter();
  private readonly statements;

  constructor(readonly file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA);
    this.appended.setMaxListeners(0);
    this.statements = {
      lastRevision: this.db.prepare<[string], { revision: number | null }>(
        'SELECT MAX(revision) AS revision FROM events WHERE stream = ?',
      ),
      byId: this.db.prepare<[string], Row>('SELECT * FROM events WHERE id = ?'),
      insert: this.db.prepare(
        'INSERT INTO events (id, stream, revision, type, data, metadata, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      forwards: this.db.prepare<[string, number, number], Row>(
        'SELECT * FROM events WHERE stream = ? AND revision >= ? ORDER BY revision ASC LIMIT ?',
      ),
      backwards: this.db.prepare<[string, number, number], Row>(
        'SELECT * FROM events WHERE stream = ? AND revision <= ? ORDER BY revision DESC LIMIT ?',
      ),
      all: this.db.prepare<[number, number], Row>('SELECT * FROM events WHERE position > ? ORDER BY position ASC LIMIT ?'),
      allWithPrefix: this.db.prepare<[number, number, string, number], Row>(
        'SELECT * FROM events WHERE position > ? AND substr(stream, 1, ?) = ? ORDER BY position ASC LIMIT ?',
      ),
      streams: this.db.prepare<[string], Row>(
        'SELECT * FROM events WHERE stream IN (SELECT value FROM json_each(?)) ORDER BY stream, revision',
      ),
      lastRevisions: this.db.prepare<[string], { stream: string; revision: number }>(
        'SELECT stream, MAX(revision) AS revision FROM events WHERE stream IN (SELECT value FROM json_each(?)) GROUP BY stream',
      ),
      presentIds: this.db.prepare<[string], { id: string }>('SELECT id FROM events WHERE id IN (SELECT value FROM json_each(?))'),
      head: this.db.prepare<[], { position: number | null }>('SELECT MAX(position) AS position FROM events'),
    };
  }

  async appendToStream(
    stream: string,
    events: NewEvent[],
    { expectedRevision }: { expectedRevision: ExpectedRevision },
  ): Promise<AppendResult> {
    const result = this.db.transaction(() => this.appendNow(stream, events, expectedRevision)).immediate();
    if (result.written > 0) this.appended.emit('append', result.position);
    return result;
  }

  async appendMany(appends: StreamAppend[]): Promise<AppendResult[]> {
    const results = this.db.transaction(() => {
      // Two queries for the whole batch instead of two a stream: each stream's last revision, and
      // which first events are there already (a repeated append). A stream met twice in one batch
      // is looked up again, as its first append changed it.
      const lastRevisions = new Map(this.statements.lastRevisions.all(JSON.stringify(appends.map((a) => a.stream))).map((r) => [r.stream, r.revision]));
      const present = new Set(this.statements.presentIds.all(JSON.stringify(appends.flatMap((a) => (a.events.length ? [a.events[0].id] : [])))).map((r) => r.id));
      const met = new Set<string>();
      const metadataJson = new Map<object, string>();
      return appends.map((a) => {
        const known = met.has(a.stream) ? undefined : { last: lastRevisions.get(a.stream) ?? null, present: a.events.length > 0 && present.has(a.events[0].id) };
        met.add(a.stream);
        return this.appendNow(a.stream, a.events, a.expectedRevision, known, metadataJson);
      });
    }).immediate();
    const written = results.filter((r) => r.written > 0);
    if (written.length) this.appended.emit('append', Math.max(...written.map((r) => r.position)));
    return results;
  }

  /**
   * `known`: the stream's last revision and whether its first event is present, when the caller
   * looked them up already; `metadataJson`: events of one article share one metadata object,
   * serialised once.
   */
  private appendNow(
    stream: string,
    events: NewEvent[],
    expected: ExpectedRevision,
    known?: { last: number | null; present: boolean },
    metadataJson = new Map<object, string>(),
  ): AppendResult {
    const last = known ? known.last : (this.statements.lastRevision.get(stream)?.revision ?? null);
    const actual = last === null ? 'no_stream' : last;
    const repeat = events.length > 0 && (!known || known.present) ? this.alreadyAppended(stream, events) : undefined;
    if (repeat) return { nextRevision: last as number, position: repeat.position, written: 0 };
    const matches = expected === 'any' || (expected === 'no_stream' ? last === null : last === expected);
    if (!matches) throw new WrongExpectedRevisionError(stream, expected, actual);
    let revision = last ?? -1;
    let position = events.length ? 0 : (this.statements.head.get()?.position ?? 0);
    const createdAt = new Date().toISOString();
    for (const event of events) {
      revision += 1;
      const info = this.statements.insert.run(
        event.id,
        stream,
        revision,
        event.type,
        JSON.stringify(event.data),
        serialised(event.metadata, metadataJson),
        createdAt,
      );
      position = Number(info.lastInsertRowid);
    }
    return { nextRevision: revision, position, written: events.length };
  }

  /** A batch whose ids are all in the stream already, in order, was appended before: idempotent. */
  private alreadyAppended(stream: string, events: NewEvent[]): Row | undefined {
    const first = this.statements.byId.get(events[0].id);
    if (!first) return undefined;
    let last = first;
    for (const [i, event] of events.entries()) {
      const row = this.statements.byId.get(event.id);
      if (!row || row.stream !== stream || row.revision !== first.revision + i) {
        throw new WrongExpectedRevisionError(stream, 'any', first.revision);
      }
      last = row;
    }
    return last;
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<StoredEvent[]> {
    const maxCount = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    const rows =
      options.direction === 'backwards'
        ? this.statements.backwards.all(stream, options.fromRevision ?? Number.MAX_SAFE_INTEGER, maxCount)
        : this.statements.forwards.all(stream, options.fromRevision ?? 0, maxCount);
    return rows.map(toStored);
  }

  async readStreams(streams: string[]): Promise<Map<string, StoredEvent[]>> {
    const found = new Map<string, StoredEvent[]>(streams.map((stream) => [stream, []]));
    for (const row of this.statements.streams.all(JSON.stringify(streams))) found.get(row.stream)?.push(toStored(row));
    return found;
  }

  async lastRevisions(streams: string[]): Promise<Map<string, number>> {
    return new Map(this.statements.lastRevisions.all(JSON.stringify(streams)).map((r) => [r.stream, r.revision]));
  }

  async readAll(options: ReadAllOptions = {}): Promise<StoredEvent[]> {
    const from = options.fromPosition ?? 0;
    const maxCount = options.maxCount ?? 1000;
    const rows = options.streamPrefix
      ? this.statements.allWithPrefix.all(from, options.streamPrefix.length, options.streamPrefix, maxCount)
      : this.statements.all.all(from, maxCount);
    return rows.map(toStored);
  }

  async *subscribeToAll(options: SubscribeOptions = {}): AsyncIterable<StoredEvent> {
    let from = options.fromPosition ?? 0;
    const { signal } = options;
    while (!signal?.aborted) {
      // Read past filtered-out events too, so `from` always advances.
      const batch = await this.readAll({ fromPosition: from, maxCount: 500 });
      for (const event of batch) {
        from = event.position;
        if (!options.streamPrefix || event.stream.startsWith(options.streamPrefix)) yield event;
        if (signal?.aborted) return;
      }
      if (batch.length === 0) await this.nextAppend(signal);
    }
  }

  private async nextAppend(signal?: AbortSignal): Promise<void> {
    const timeout = AbortSignal.timeout(POLL_MS);
    const stop = signal ? AbortSignal.any([signal, timeout]) : timeout;
    await once(this.appended, 'append', { signal: stop }).catch(() => undefined);
  }

  async headPosition(): Promise<number> {
    return this.statements.head.get()?.position ?? 0;
  }

  async close(): Promise<void> {
    this.appended.removeAllListeners();
    if (this.db.open) this.db.close();
  }
}

function serialised(metadata: object, cache: Map<object, string>): string {
  let json = cache.get(metadata);
  if (json === undefined) {
    json = JSON.stringify(metadata);
    cache.set(metadata, json);
  }
  return json;
}

function toStored(row: Row): StoredEvent {
  return {
    id: row.id,
    stream: row.stream,
    revision: row.revision,
    position: row.position,
    type: row.type,
    data: JSON.parse(row.data),
    metadata: JSON.parse(row.metadata),
    createdAt: row.created_at,
  };
}
