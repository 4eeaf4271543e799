import { hash } from 'node:crypto';
import {
  Article,
  ArticleProcessed,
  ArticleProcessedSchema,
  IncidentEvent,
  IncidentEventSchema,
  IncidentState,
  IncidentSubject,
  articleRef,
  articleStream,
  decide,
  evolve,
  incidentStream,
  initialState,
} from '@app/domain';
import { EXTRACTOR, ExtractedIncident, Extraction, Extractor } from '@app/extraction';
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

export type IngestOutcome = { ok: true; result: IngestResult } | { ok: false; error: Error };

export class RevisionConflictError extends Error {
  readonly code = 'REVISION_CONFLICT';
}

/** An incident stream as this process last read or wrote it. */
type KnownIncident = { revision: number; state: IncidentState; subject: IncidentSubject };

/**
 * A batch's own bookkeeping: what it decided (remembered only once it is on disk) and which
 * remembered streams it found unchanged when it began.
 */
type Batch = { decided: Map<string, KnownIncident>; unchanged: Set<string> };

/**
 * The incident streams this process decided most recently, so that an article about a known
 * incident does not read and re-parse the incident's whole history. A remembered state is used
 * only after the stream's last revision was found to be the remembered one (one cheap read, or one
 * query for a whole batch); another writer's appends make it forgotten and the stream read again.
 */
export class KnownIncidents {
  private readonly known = new Map<string, KnownIncident>();

  constructor(private readonly capacity: number) {}

  get(stream: string): KnownIncident | undefined {
    const known = this.known.get(stream);
    if (known) {
      // Most recently used last: the first key is the one to evict.
      this.known.delete(stream);
      this.known.set(stream, known);
    }
    return known;
  }

  set(stream: string, known: KnownIncident): void {
    this.known.delete(stream);
    this.known.set(stream, known);
    if (this.known.size > this.capacity) this.known.delete(this.known.keys().next().value as string);
  }

  forget(stream: string): void {
    this.known.delete(stream);
  }

  clear(): void {
    this.known.clear();
  }
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
  private readonly known: KnownIncidents;

  constructor(
    private readonly store: EventStore,
    private readonly extractor: Extractor,
    private readonly clock: () => Date = () => new Date(),
    /** How many incident streams to remember between articles (0: read every stream each time). */
    knownIncidents = 5000,
  ) {
    this.known = new KnownIncidents(knownIncidents);
  }

  async ingest(article: Article, correlationId = `${article.articleId}@${article.revision}`): Promise<IngestResult> {
    return this.record(article, correlationId, this.store, undefined);
  }

  /**
   * Several articles decided one after another and written together (SQLite: one transaction, one
   * fsync). An article that cannot be recorded (conflicting revision, extractor failure) is
   * reported in its slot; the others are written. Should another writer get in between, the batch
   * is decided again, and after three such attempts each article is recorded on its own
   * (idempotent, so nothing is written twice).
   */
  async ingestMany(articles: Article[]): Promise<IngestOutcome[]> {
    const extracted = new Map<Article, Extraction>();
    // Another writer getting in between fails the flush, which then writes nothing: the batch is
    // decided again on fresh reads (the articles are not read again), then one article at a time.
    for (let attempt = 0; attempt < 3; attempt++) {
      const outcomes = await this.recordBatch(articles, extracted);
      if (outcomes) return outcomes;
      this.known.clear();
    }
    const one: IngestOutcome[] = [];
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

  /** One attempt at a batch: undefined when another writer got to one of its streams first. */
  private async recordBatch(articles: Article[], extracted: Map<Article, Extraction>): Promise<IngestOutcome[] | undefined> {
    const session = new LedgerSession(this.store);
    const batch: Batch = { decided: new Map(), unchanged: new Set() };
    const readings = await this.readAhead(articles, session, batch, extracted);
    const outcomes: IngestOutcome[] = [];
    for (const article of articles) {
      try {
        const reading = readings.get(article);
        outcomes.push({ ok: true, result: await this.record(article, `${article.articleId}@${article.revision}`, session, batch, reading) });
      } catch (error) {
        if (!(error instanceof RevisionConflictError || error instanceof ExtractionFailedError)) throw error;
        outcomes.push({ ok: false, error });
      }
    }
    let flushed: { position: number; written: number };
    const held = session.size;
    try {
      flushed = await session.flush();
    } catch (error) {
      if (error instanceof WrongExpectedRevisionError) return undefined;
      throw error;
    }
    // An append the store found already made (a retry) leaves the remembered revisions unsure.
    if (flushed.written === held) batch.decided.forEach((known, stream) => this.known.set(stream, known));
    else this.known.clear();
    // Positions are known only now: the batch's last one covers every article of it.
    return outcomes.map((o) => (o.ok && o.result.eventsAppended > 0 ? { ok: true, result: { ...o.result, position: flushed.position } } : o));
  }

  /**
   * A batch's reads in two queries instead of two an article: the articles' streams, then the
   * streams of the incidents the new articles speak of that this process does not remember. The
   * articles already recorded are not read again.
   */
  private async readAhead(articles: Article[], session: LedgerSession, batch: Batch, extracted: Map<Article, Extraction>): Promise<Map<Article, Extraction>> {
    await session.preload(articles.map((a) => articleStream(a.articleId)));
    const readings = new Map<Article, Extraction>();
    for (const article of articles) {
      const previous = await this.lastProcessed(articleStream(article.articleId), session);
      if (previous && previous.event.data.article.revision >= article.revision) continue;
      try {
        const reading = extracted.get(article) ?? this.extractor.extract(article);
        extracted.set(article, reading);
        readings.set(article, reading);
      } catch {
        // Reported in the article's slot when it is recorded.
      }
    }
    const incidents = [...readings.values()].flatMap((r) => r.incidents.map((i) => incidentStream(i.incidentId)));
    const remembered = incidents.filter((stream) => this.known.get(stream));
    const revisions = await this.store.lastRevisions(remembered);
    for (const stream of remembered) {
      if (revisions.get(stream) === this.known.get(stream)?.revision) batch.unchanged.add(stream);
      else this.known.forget(stream);
    }
    await session.preload(incidents.filter((stream) => !batch.unchanged.has(stream)));
    return readings;
  }

  private async record(
    article: Article,
    correlationId: string,
    ledger: Ledger,
    batch: Batch | undefined,
    reading?: Extraction,
  ): Promise<IngestResult> {
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
    const extraction = reading ?? this.extract(article);
    const metadata = { correlationId, causationId: `article:${article.articleId}@${article.revision}`, extractor: { ...EXTRACTOR } };
    const touched = new Map<string, ExtractedIncident>(extraction.incidents.map((i) => [i.incidentId, i]));
    let appended = 0;
    let position = previous?.position ?? 0;

    // Incidents an earlier revision spoke of and this one does not: their claims are withdrawn.
    const dropped = (previous?.event.data.incidentIds ?? []).filter((id) => !touched.has(id));
    for (const incident of [...touched.values(), ...dropped.map((incidentId) => ({ incidentId, subject: undefined, claimIds: [] }))]) {
      const claims = extraction.claims.filter((c) => c.incidentId === incident.incidentId);
      const result = await withConcurrencyRetry(() =>
        this.recordReading(ledger, batch, incident.incidentId, incident.subject, article, claims, recordedAt, metadata),
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

  /**
   * Decides on the incident's state (remembered, else read from its stream) and appends with the
   * revision that state was at.
   */
  private async recordReading(
    ledger: Ledger,
    batch: Batch | undefined,
    incidentId: string,
    subject: ExtractedIncident['subject'] | undefined,
    article: Article,
    claims: ReturnType<Extractor['extract']>['claims'],
    recordedAt: string,
    metadata: NewEvent['metadata'],
  ): Promise<{ written: number; position: number }> {
    const stream = incidentStream(incidentId);
    const known = batch?.decided.get(stream) ?? (await this.remembered(ledger, stream, batch)) ?? (await this.readIncident(ledger, stream));
    if (!subject && !known) return { written: 0, position: 0 };
    const opening = known?.subject ?? (subject as IncidentSubject);
    const state = known?.state ?? initialState();
    const events = decide(
      { type: 'RecordReading', data: { incidentId, subject: subject ?? opening, article: articleRef(article), claims, recordedAt } },
      state,
    );
    if (!events.length) return { written: 0, position: 0 };
    const revision = known?.revision ?? -1;
    const result = await ledger
      .appendToStream(
        stream,
        events.map((event) => ({ id: deterministicEventId(eventName(stream, event)), type: event.type, data: event.data, metadata })),
        { expectedRevision: revision >= 0 ? revision : 'no_stream' },
      )
      .catch((error: unknown) => {
        // Stale: the retry reads the stream again.
        batch?.decided.delete(stream);
        this.known.forget(stream);
        throw error;
      });
    const after = { revision: revision + events.length, state: events.reduce(evolve, state), subject: opening };
    if (batch) batch.decided.set(stream, after);
    else if (result.written === events.length) this.known.set(stream, after);
    else this.known.forget(stream);
    return { written: result.written, position: result.position };
  }

  /** The remembered state, if the stream is still at the remembered revision. */
  private async remembered(ledger: Ledger, stream: string, batch: Batch | undefined): Promise<KnownIncident | undefined> {
    const known = this.known.get(stream);
    if (!known || batch?.unchanged.has(stream)) return known;
    const [last] = await ledger.readStream(stream, { direction: 'backwards', maxCount: 1 });
    if (last?.revision === known.revision) return known;
    this.known.forget(stream);
    return undefined;
  }

  /** An incident's state from its stream, parsed at the boundary; undefined when it was never opened. */
  private async readIncident(ledger: Ledger, stream: string): Promise<KnownIncident | undefined> {
    const history = await ledger.readStream(stream);
    if (!history.length) return undefined;
    const events = history.map(parseIncidentEvent);
    const state = events.reduce(evolve, initialState());
    if (state.status === 'unopened' || events[0].type !== 'IncidentOpened') return undefined;
    return { revision: history[history.length - 1].revision, state, subject: events[0].data.subject };
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
  return hash('sha256', JSON.stringify(content), 'hex');
}
