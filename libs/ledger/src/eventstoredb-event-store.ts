import {
  ANY,
  AccessDeniedError as EsdbAccessDenied,
  AllStreamResolvedEvent,
  BACKWARDS,
  CancelledError,
  DeadlineExceededError,
  END,
  EventStoreDBClient,
  FORWARDS,
  NO_STREAM,
  NotLeaderError,
  ResolvedEvent,
  START,
  StreamDeletedError as EsdbStreamDeleted,
  StreamNotFoundError,
  TimeoutError,
  UnavailableError,
  WrongExpectedVersionError,
  jsonEvent,
  streamNameFilter,
} from '@eventstore/db-client';
import {
  AccessDeniedError,
  AppendResult,
  EventMetadata,
  EventStore,
  ExpectedRevision,
  LedgerUnavailableError,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  StoredEvent,
  StreamAppend,
  StreamDeletedError,
  SubscribeOptions,
  WrongExpectedRevisionError,
} from './event-store.port';

/** The port's expected revision in the client's terms. */
export function toExpectedRevision(expected: ExpectedRevision): bigint | typeof NO_STREAM | typeof ANY {
  if (expected === 'no_stream') return NO_STREAM;
  if (expected === 'any') return ANY;
  return BigInt(expected);
}

/** A port event as the client appends it: JSON data and metadata, our deterministic id. */
export function toEventData(event: NewEvent) {
  return jsonEvent({
    id: event.id,
    type: event.type,
    data: event.data as Record<string, unknown>,
    metadata: event.metadata as Record<string, unknown>,
  });
}

/** A recorded event as the port gives it; system events ($…) and unresolved links are skipped. */
export function fromResolved(resolved: ResolvedEvent | AllStreamResolvedEvent): StoredEvent | undefined {
  const event = resolved.event;
  if (!event || !event.isJson || event.streamId.startsWith('$') || event.type.startsWith('$')) return undefined;
  return {
    id: event.id,
    stream: event.streamId,
    revision: Number(event.revision),
    position: event.position ? Number(event.position.commit) : 0,
    type: event.type,
    data: event.data,
    metadata: (event.metadata ?? { correlationId: '', causationId: '' }) as EventMetadata,
    createdAt: event.created.toISOString(),
  };
}

/** A port position (exclusive) as a `$all` read position; commit and prepare positions agree here. */
export function toReadPosition(position: number | undefined): typeof START | { commit: bigint; prepare: bigint } {
  return position ? { commit: BigInt(position), prepare: BigInt(position) } : START;
}

/** The client's errors in the port's terms; anything unknown passes through. */
export function translateError(error: unknown, stream?: string): unknown {
  if (error instanceof WrongExpectedVersionError) {
    const actual = typeof error.actualVersion === 'bigint' ? Number(error.actualVersion) : 'no_stream';
    const expected = typeof error.expectedVersion === 'bigint' ? Number(error.expectedVersion) : (String(error.expectedVersion) as ExpectedRevision);
    return new WrongExpectedRevisionError(error.streamName ?? stream ?? '', expected, actual);
  }
  if (error instanceof EsdbStreamDeleted) return new StreamDeletedError(`stream ${stream ?? ''} is deleted`);
  if (error instanceof EsdbAccessDenied) return new AccessDeniedError(`access denied${stream ? ` to ${stream}` : ''}: ${error.message}`);
  if (
    error instanceof UnavailableError ||
    error instanceof DeadlineExceededError ||
    error instanceof TimeoutError ||
    error instanceof NotLeaderError ||
    error instanceof CancelledError
  ) {
    return new LedgerUnavailableError(`EventStoreDB unavailable: ${error.message}`);
  }
  // The client's batch append passes raw gRPC errors through: UNAVAILABLE (14), DEADLINE_EXCEEDED (4).
  const grpcCode = (error as { code?: unknown } | null)?.code;
  if (error instanceof Error && (grpcCode === 14 || grpcCode === 4)) {
    return new LedgerUnavailableError(`EventStoreDB unavailable: ${error.message}`);
  }
  return error;
}

export type RetryPolicy = { attempts: number; baseDelayMs: number; maxDelayMs: number };
export const DEFAULT_RETRY: RetryPolicy = { attempts: 6, baseDelayMs: 100, maxDelayMs: 5000 };

/** Retries an operation while the ledger is unavailable, with exponential backoff; other errors pass. */
export async function withLedgerRetry<T>(
  operation: () => Promise<T>,
  policy: RetryPolicy = DEFAULT_RETRY,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (!(error instanceof LedgerUnavailableError) || attempt >= policy.attempts) throw error;
      await sleep(Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1)));
    }
  }
}

/**
 * The production ledger: EventStoreDB (or KurrentDB) through `@eventstore/db-client`. A thin
 * mapping: every append passes an exact expected revision, event ids are ours (so the server
 * recognises a repeated append), the client's errors become the port's, and an unavailable
 * server is retried with backoff.
 */
export class EventStoreDbEventStore implements EventStore {
  private readonly client: EventStoreDBClient;

  constructor(
    connectionString: string,
    private readonly retry: RetryPolicy = DEFAULT_RETRY,
  ) {
    this.client = EventStoreDBClient.connectionString(connectionString);
  }

  private call<T>(stream: string | undefined, operation: () => Promise<T>): Promise<T> {
    return withLedgerRetry(async () => {
      try {
        return await operation();
      } catch (error) {
        throw translateError(error, stream);
      }
    }, this.retry);
  }

  async appendToStream(stream: string, events: NewEvent[], { expectedRevision }: { expectedRevision: ExpectedRevision }): Promise<AppendResult> {
    const result = await this.call(stream, () =>
      this.client.appendToStream(stream, events.map(toEventData), { expectedRevision: toExpectedRevision(expectedRevision) }),
    );
    return {
      nextRevision: Number(result.nextExpectedRevision),
      position: result.position ? Number(result.position.commit) : 0,
      written: events.length,
    };
  }

  async appendMany(appends: StreamAppend[]): Promise<AppendResult[]> {
    const results: AppendResult[] = [];
    for (const a of appends) results.push(await this.appendToStream(a.stream, a.events, { expectedRevision: a.expectedRevision }));
    return results;
  }

  async readStreams(streams: string[]): Promise<Map<string, StoredEvent[]>> {
    // One read a stream, in flight together over the client's single connection.
    const read = await Promise.all(streams.map(async (stream) => [stream, await this.readStream(stream)] as const));
    return new Map(read);
  }

  async lastRevisions(streams: string[]): Promise<Map<string, number>> {
    const last = await Promise.all(streams.map(async (stream) => [stream, (await this.readStream(stream, { direction: 'backwards', maxCount: 1 }))[0]] as const));
    return new Map(last.filter(([, event]) => event).map(([stream, event]) => [stream, (event as StoredEvent).revision]));
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<StoredEvent[]> {
    const backwards = options.direction === 'backwards';
    return this.call(stream, async () => {
      const events: StoredEvent[] = [];
      try {
        for await (const resolved of this.client.readStream(stream, {
          direction: backwards ? BACKWARDS : FORWARDS,
          fromRevision: options.fromRevision !== undefined ? BigInt(options.fromRevision) : backwards ? END : START,
          maxCount: options.maxCount ?? Number.MAX_SAFE_INTEGER,
        })) {
          const event = fromResolved(resolved);
          if (event) events.push(event);
        }
      } catch (error) {
        if (error instanceof StreamNotFoundError) return [];
        throw error;
      }
      return events;
    });
  }

  async readAll(options: ReadAllOptions = {}): Promise<StoredEvent[]> {
    const from = options.fromPosition ?? 0;
    const maxCount = options.maxCount ?? 1000;
    const page = Math.max(100, maxCount + 1);
    return this.call(undefined, async () => {
      const events: StoredEvent[] = [];
      // $all reads include their start and system events, and the prefix is filtered here: page
      // on until enough events matched or the log ends.
      for (let cursor = from; events.length < maxCount; ) {
        let read = 0;
        let last = cursor;
        for await (const resolved of this.client.readAll({ fromPosition: toReadPosition(cursor), direction: FORWARDS, maxCount: page })) {
          read += 1;
          last = Math.max(last, resolved.event?.position ? Number(resolved.event.position.commit) : last);
          const event = fromResolved(resolved);
          if (!event || event.position <= from || event.position <= cursor) continue;
          if (options.streamPrefix && !event.stream.startsWith(options.streamPrefix)) continue;
          events.push(event);
          if (events.length === maxCount) break;
        }
        if (read < page || last === cursor) break;
        cursor = last;
      }
      return events;
    });
  }

  async *subscribeToAll(options: SubscribeOptions = {}): AsyncIterable<StoredEvent> {
    const subscription = this.client.subscribeToAll({
      fromPosition: toReadPosition(options.fromPosition),
      filter: streamNameFilter({ prefixes: [options.streamPrefix ?? ''] }),
    });
    const stop = () => void subscription.unsubscribe();
    options.signal?.addEventListener('abort', stop, { once: true });
    try {
      for await (const resolved of subscription) {
        const event = fromResolved(resolved);
        if (event) yield event;
        if (options.signal?.aborted) return;
      }
    } catch (error) {
      throw translateError(error);
    } finally {
      options.signal?.removeEventListener('abort', stop);
      await subscription.unsubscribe().catch(() => undefined);
    }
  }

  async headPosition(): Promise<number> {
    return this.call(undefined, async () => {
      for await (const resolved of this.client.readAll({ fromPosition: END, direction: BACKWARDS, maxCount: 50 })) {
        const event = fromResolved(resolved);
        if (event) return event.position;
      }
      return 0;
    });
  }

  async close(): Promise<void> {
    await this.client.dispose();
  }
}
