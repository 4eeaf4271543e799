import {
  ANY,
  AccessDeniedError as EsdbAccessDenied,
  NO_STREAM,
  ResolvedEvent,
  START,
  StreamDeletedError as EsdbStreamDeleted,
  UnavailableError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import {
  AccessDeniedError,
  LedgerUnavailableError,
  StreamDeletedError,
  WrongExpectedRevisionError,
  deterministicEventId,
  fromResolved,
  toEventData,
  toExpectedRevision,
  toReadPosition,
  translateError,
  withLedgerRetry,
} from '../src';

/** The EventStoreDB adapter's own logic, against the client's real types and error classes. */
describe('EventStoreDB adapter mapping', () => {
  const metadata = { correlationId: 'corr', causationId: 'cause', extractor: { name: 'x', version: '1' } };

  it('appends JSON events with our deterministic ids, data and metadata', () => {
    const id = deterministicEventId('incident-a|opened');
    const data = toEventData({ id, type: 'IncidentOpened', data: { incidentId: 'a' }, metadata });
    expect(data).toMatchObject({ id, type: 'IncidentOpened', contentType: 'application/json', data: { incidentId: 'a' }, metadata });
  });

  it('maps expected revisions: exact as bigint, no_stream and any as the client constants', () => {
    expect(toExpectedRevision(4)).toBe(4n);
    expect(toExpectedRevision('no_stream')).toBe(NO_STREAM);
    expect(toExpectedRevision('any')).toBe(ANY);
  });

  it('maps a recorded event back with numeric revision and position, and skips system events', () => {
    const recorded = (streamId: string, type: string): ResolvedEvent =>
      ({
        event: {
          streamId,
          id: 'f0b5c2c8-1b43-4c1e-9a2a-0f3c1d2e3f40',
          isJson: true,
          revision: 7n,
          type,
          created: new Date('2026-11-25T12:00:00Z'),
          data: { incidentId: 'a' },
          metadata,
          position: { commit: 1234n, prepare: 1234n },
        },
      }) as unknown as ResolvedEvent;
    expect(fromResolved(recorded('incident-a', 'ClaimReported'))).toEqual({
      id: 'f0b5c2c8-1b43-4c1e-9a2a-0f3c1d2e3f40',
      stream: 'incident-a',
      revision: 7,
      position: 1234,
      type: 'ClaimReported',
      data: { incidentId: 'a' },
      metadata,
      createdAt: '2026-11-25T12:00:00.000Z',
    });
    expect(fromResolved(recorded('$stats-127.0.0.1:2113', '$statsCollected'))).toBeUndefined();
    expect(fromResolved({} as ResolvedEvent)).toBeUndefined();
  });

  it('resumes $all from a stored position, or from the start', () => {
    expect(toReadPosition(0)).toBe(START);
    expect(toReadPosition(undefined)).toBe(START);
    expect(toReadPosition(98765)).toEqual({ commit: 98765n, prepare: 98765n });
  });

  it('translates the client errors into the port errors', () => {
    const wrong = translateError(new WrongExpectedVersionError(undefined, { streamName: 'incident-a', expected: 3n, current: 5n }));
    expect(wrong).toBeInstanceOf(WrongExpectedRevisionError);
    expect(wrong).toMatchObject({ stream: 'incident-a', expected: 3, actual: 5 });
    const noStream = translateError(new WrongExpectedVersionError(undefined, { streamName: 'incident-b', expected: 2n, current: NO_STREAM }));
    expect(noStream).toMatchObject({ actual: 'no_stream' });
    expect(translateError(EsdbStreamDeleted.fromStreamName('incident-c'), 'incident-c')).toBeInstanceOf(StreamDeletedError);
    expect(translateError(new UnavailableError())).toBeInstanceOf(LedgerUnavailableError);
    expect(translateError(new EsdbAccessDenied())).toBeInstanceOf(AccessDeniedError);
    expect(translateError(Object.assign(new Error('14 UNAVAILABLE: No connection established'), { code: 14 }))).toBeInstanceOf(LedgerUnavailableError);
    const other = new Error('something else');
    expect(translateError(other)).toBe(other);
  });

  it('retries while the ledger is unavailable, with growing delays, then gives up', async () => {
    const delays: number[] = [];
    const sleep = async (ms: number) => void delays.push(ms);
    let calls = 0;
    const flaky = async () => {
      calls += 1;
      if (calls < 3) throw new LedgerUnavailableError('down');
      return 'ok';
    };
    await expect(withLedgerRetry(flaky, { attempts: 5, baseDelayMs: 100, maxDelayMs: 1000 }, sleep)).resolves.toBe('ok');
    expect(delays).toEqual([100, 200]);

    delays.length = 0;
    const down = async () => {
      throw new LedgerUnavailableError('down');
    };
    await expect(withLedgerRetry(down, { attempts: 4, baseDelayMs: 400, maxDelayMs: 1000 }, sleep)).rejects.toBeInstanceOf(LedgerUnavailableError);
    expect(delays).toEqual([400, 800, 1000]);
  });

  it('does not retry a conflict: that is for the caller to decide again', async () => {
    let calls = 0;
    const conflict = async () => {
      calls += 1;
      throw new WrongExpectedRevisionError('incident-a', 1, 2);
    };
    await expect(withLedgerRetry(conflict, undefined, async () => undefined)).rejects.toBeInstanceOf(WrongExpectedRevisionError);
    expect(calls).toBe(1);
  });
});
