import { createHash } from 'node:crypto';
import {
  Article,
  ArticleProcessed,
  ArticleProcessedSchema,
  IncidentEvent,
  IncidentEventSchema,
  articleRef,
  articleStream,
  decide,
  evolve,
  incidentStream,
  initialState,
} from '@app/domain';
import { EXTRACTOR, ExtractedIncident, Extractor } from '@app/extraction';
import {
  EventStore,
  LedgerSession,
  NewEvent,
  StoredEvent,
  WrongExpectedRevisionError,
  deterministicEventId,
  withConcurrencyRetry,
} from '@app/ledger';

/** What recording an article needs of a ledger: the store itself, or a session over it. */
type Ledger = Pick<EventStore, 'readStream' | 'appendToStream'>;

export type IngestStatus = 'recorded' | 'duplicate' | 'stale_revision' | 'unsupported_language';

export type IngestResult = {
  articleId: string;
  revision: number;
  status: IngestStatus;
  claims: number;
  incidents: string[];
  eventsAppended: number;
  /** Ledger position after the appends: the projector has caught up once it reaches it. */
  position: number;
};

export class RevisionConflictError extends Error {
  readonly code = 'REVISION_CONFLICT';
}

/** The extractor threw on this article: retrying the same text will not help. */
export class ExtractionFailedError extends Error {
  readonly code = 'EXTRACTION_FAILED';
}

/**
 * Article in, ledger events out. Idempotent: an article revision already recorded appends nothing,
 * and every event id is derived from what it records, so a retry after a crash between two appends
 * writes only what is missing.
 */
export class ArticleIngestor {
  constructor(
    private readonly store: EventStore,
    private readonly extractor: Extractor,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async ingest(article: Article, correlationId = `${article.articleId}@${article.revision}`): Promise<IngestResult> {
    return this.record(article, correlationId, this.store);
  }

  /**
   * Several articles decided one after another and written together (SQLite: one transaction, one
   * fsync). An article that cannot be recorded (conflicting revision, extractor failure) is
   * reported in its slot; the others are written. Should another writer get in between, each
   * article is recorded on its own instead (idempotent, so nothing is written twice).
   */
  async ingestMany(articles: Article[]): Promise<Array<{ ok: true; result: IngestResult } | { ok: false; error: Error }>> {
    const session = new LedgerSession(this.store);
    const outcomes: Array<{ ok: true; result: IngestResult } | { ok: false; error: Error }> = [];
    for (const article of articles) {
      try {
        outcomes.push({ ok: true, result: await this.record(article, `${article.articleId}@${article.revision}`, session) });
      } catch (error) {
        if (!(error instanceof RevisionConflictError || error instanceof ExtractionFailedError)) throw error;
        outcomes.push({ ok: false, error });
      }
    }
    let flushed: { position: number; written: number };
    try {
      flushed = await session.flush();
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
      const one: typeof outcomes = [];
      for (const article of articles) {
        try {
          one.push({ ok: true, result: await this.ingest(article) });
        } catch (e) {
          if (!(e instanceof RevisionConflictError || e instanceof ExtractionFailedError)) throw e;
          one.push({ ok: false, error: e });
        }
      }
      return one;
    }
    // Positions are known only now: the batch's last one covers every article of it.
    return outcomes.map((o) => (o.ok && o.result.eventsAppended > 0 ? { ok: true, result: { ...o.result, position: flushed.position } } : o));
  }

  private async record(article: Article, correlationId: string, ledger: Ledger): Promise<IngestResult> {
    const contentHash = hashArticle(article);
    const stream = articleStream(article.articleId);
    const previous = await this.lastProcessed(stream, ledger);
    const base = { articleId: article.articleId, revision: article.revision };
    if (previous && previous.event.data.article.revision >= article.revision) {
      const same = previous.event.data.article.revision === article.revision && previous.event.data.contentHash === contentHash;
      if (!same && previous.event.data.article.revision === article.revision) {
        throw new RevisionConflictError(`article ${article.articleId} revision ${article.revision} was recorded with other content; publish it as a new revision`);
      }
      return { ...base, status: same ? 'duplicate' : 'stale_revision', claims: 0, incidents: [], eventsAppended: 0, position: previous.position };
    }

    const recordedAt = this.clock().toISOString();
    const extraction = this.extract(article);
    const metadata = { correlationId, causationId: `article:${article.articleId}@${article.revision}`, extractor: { ...EXTRACTOR } };
    const touched = new Map<string, ExtractedIncident>(extraction.incidents.map((i) => [i.incidentId, i]));
    let appended = 0;
    let position = previous?.position ?? 0;

    // Incidents an earlier revision spoke of and this one does not: their claims are withdrawn.
    const dropped = (previous?.event.data.incidentIds ?? []).filter((id) => !touched.has(id));
    for (const incident of [...touched.values(), ...dropped.map((incidentId) => ({ incidentId, subject: undefined, claimIds: [] }))]) {
      const claims = extraction.claims.filter((c) => c.incidentId === incident.incidentId);
      const result = await withConcurrencyRetry(() =>
        this.recordReading(ledger, incident.incidentId, incident.subject, article, claims, recordedAt, metadata),
      );
      appended += result.written;
      position = Math.max(position, result.position);
    }

    const processed: ArticleProcessed = {
      type: 'ArticleProcessed',
      data: {
        article: articleRef(article),
        outletId: article.outlet.id,
        language: article.language,
        supported: extraction.supported,
        contentHash,
        claimIds: extraction.claims.map((c) => c.claimId),
        incidentIds: [...touched.keys()],
        extractor: { ...EXTRACTOR },
        recordedAt,
      },
    };
    const result = await ledger.appendToStream(
      stream,
      [{ id: deterministicEventId(`${stream}|${article.revision}|${contentHash}`), type: processed.type, data: processed.data, metadata }],
      { expectedRevision: previous ? previous.revision : 'no_stream' },
    );
    return {
      ...base,
      status: extraction.supported ? 'recorded' : 'unsupported_language',
      claims: extraction.claims.length,
      incidents: [...touched.keys()],
      eventsAppended: appended + result.written,
      position: Math.max(position, result.position),
    };
  }

  private extract(article: Article): ReturnType<Extractor['extract']> {
    try {
      return this.extractor.extract(article);
    } catch (error) {
      throw new ExtractionFailedError(`extractor failed on ${article.articleId}@${article.revision}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Reads the incident's stream, decides, and appends with the revision it read. */
  private async recordReading(
    ledger: Ledger,
    incidentId: string,
    subject: ExtractedIncident['subject'] | undefined,
    article: Article,
    claims: ReturnType<Extractor['extract']>['claims'],
    recordedAt: string,
    metadata: NewEvent['metadata'],
  ): Promise<{ written: number; position: number }> {
    const stream = incidentStream(incidentId);
    const history = await ledger.readStream(stream);
    const state = history.map(parseIncidentEvent).reduce(evolve, initialState());
    if (!subject && state.status === 'unopened') return { written: 0, position: 0 };
    const events = decide(
      {
        type: 'RecordReading',
        data: {
          incidentId,
          subject: subject ?? (parseIncidentEvent(history[0]).data as { subject: ExtractedIncident['subject'] }).subject,
          article: articleRef(article),
          claims,
          recordedAt,
        },
      },
      state,
    );
    if (!events.length) return { written: 0, position: 0 };
    const last = history[history.length - 1];
    const result = await ledger.appendToStream(
      stream,
      events.map((event) => ({ id: deterministicEventId(eventName(stream, event)), type: event.type, data: event.data, metadata })),
      { expectedRevision: last ? last.revision : 'no_stream' },
    );
    return { written: result.written, position: result.position };
  }

  private async lastProcessed(stream: string, ledger: Ledger): Promise<{ event: ArticleProcessed; revision: number; position: number } | undefined> {
    const [last] = await ledger.readStream(stream, { direction: 'backwards', maxCount: 1 });
    if (!last) return undefined;
    return { event: ArticleProcessedSchema.parse({ type: last.type, data: last.data }), revision: last.revision, position: last.position };
  }
}

/** Ledger events are parsed at the boundary, never trusted as they were stored. */
export function parseIncidentEvent(stored: StoredEvent): IncidentEvent {
  return IncidentEventSchema.parse({ type: stored.type, data: stored.data });
}

/** The name a deterministic event id is derived from: what the event records, not when. */
function eventName(stream: string, event: IncidentEvent): string {
  switch (event.type) {
    case 'IncidentOpened':
      return `${stream}|opened`;
    case 'ClaimReported':
    case 'CasualtyRevised':
      return `${stream}|${event.type}|${event.data.claim.claimId}`;
    case 'ClaimWithdrawn':
      return `${stream}|withdrawn|${event.data.claimId}|${event.data.by.revision}`;
    default: {
      const unknown: never = event;
      return String(unknown);
    }
  }
}

/** What identifies an article's content; the fetch time is not part of it. */
export function hashArticle(article: Article): string {
  const { fetchedAt, ...content } = article;
  void fetchedAt;
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}
