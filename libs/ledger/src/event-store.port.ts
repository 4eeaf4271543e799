/** The ledger's port: an append-only store of streams of events, EventStoreDB's semantics. */

export type ExpectedRevision = number | 'no_stream' | 'any';

export type NewEvent = {
  /** Deterministic UUID: appending the same event again is a no-op. */
  id: string;
  type: string;
  data: unknown;
  metadata: EventMetadata;
};

export type EventMetadata = {
  correlationId: string;
  causationId: string;
  extractor?: { name: string; version: string };
  [key: string]: unknown;
};

export type StoredEvent = {
  id: string;
  stream: string;
  /** 0-based position of the event in its stream. */
  revision: number;
  /** Position in the global log ($all); strictly increasing. */
  position: number;
  type: string;
  data: unknown;
  metadata: EventMetadata;
  createdAt: string;
};

export type AppendResult = { nextRevision: number; position: number; written: number };

export type ReadStreamOptions = { direction?: 'forwards' | 'backwards'; fromRevision?: number; maxCount?: number };
export type ReadAllOptions = { fromPosition?: number; maxCount?: number; streamPrefix?: string };
/** `fromPosition` is exclusive: a subscription resumed from a checkpoint starts after it. */
export type SubscribeOptions = { fromPosition?: number; streamPrefix?: string; signal?: AbortSignal };

export type StreamAppend = { stream: string; events: NewEvent[]; expectedRevision: ExpectedRevision };

export interface EventStore {
  appendToStream(stream: string, events: NewEvent[], options: { expectedRevision: ExpectedRevision }): Promise<AppendResult>;
  /**
   * Several streams' appends, each with its expected revision, in order. SQLite writes them in one
   * transaction (all or nothing, one fsync: group commit); EventStoreDB one stream after another
   * (each atomic, the whole not: a retry is safe because the event ids are deterministic).
   */
  appendMany(appends: StreamAppend[]): Promise<AppendResult[]>;
  /** Events of one stream; an empty list for a stream that does not exist. */
  readStream(stream: string, options?: ReadStreamOptions): Promise<StoredEvent[]>;
  /** Several whole streams at once (SQLite: one query); a stream that does not exist maps to []. */
  readStreams(streams: string[]): Promise<Map<string, StoredEvent[]>>;
  /** The revision of each stream's last event; streams that do not exist are left out. */
  lastRevisions(streams: string[]): Promise<Map<string, number>>;
  /** Events of every stream after `fromPosition` (exclusive), in global order. */
  readAll(options?: ReadAllOptions): Promise<StoredEvent[]>;
  /** Catch-up subscription: everything after `fromPosition`, then live events, until aborted. */
  subscribeToAll(options?: SubscribeOptions): AsyncIterable<StoredEvent>;
  /** Position of the last event in the global log (0 when empty). */
  headPosition(): Promise<number>;
  close(): Promise<void>;
}

export const EVENT_STORE = Symbol('EVENT_STORE');

export class WrongExpectedRevisionError extends Error {
  readonly code = 'WRONG_EXPECTED_REVISION';
  constructor(
    readonly stream: string,
    readonly expected: ExpectedRevision,
    readonly actual: number | 'no_stream',
  ) {
    super(`stream ${stream}: expected revision ${String(expected)}, actual ${String(actual)}`);
  }
}

export class StreamDeletedError extends Error {
  readonly code = 'STREAM_DELETED';
}

export class LedgerUnavailableError extends Error {
  readonly code = 'LEDGER_UNAVAILABLE';
}

export class AccessDeniedError extends Error {
  readonly code = 'ACCESS_DENIED';
}

/** Re-reads and retries a decision when another writer got to the stream first. */
export async function withConcurrencyRetry<T>(attempt: () => Promise<T>, maxAttempts = 5): Promise<T> {
  for (let tried = 1; ; tried++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError) || tried >= maxAttempts) throw error;
    }
  }
}
