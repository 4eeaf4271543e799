import { z } from 'zod';
import { ArticleRefSchema, compareArticleRefs } from './article';
import { Claim, ClaimSchema, CountSchema, OutcomeSchema, SourceSchema, VictimsSchema, figureKey } from './claim';
import { EstimateSchema, GradeSchema, estimate, gradeOf } from './estimate';
import { IncidentEvent, IncidentSubjectSchema, RevisionReasonSchema } from './events';

export const ViewClaimSchema = z.strictObject({
  claim: ClaimSchema,
  status: z.enum(['active', 'superseded', 'withdrawn']),
  supersededBy: z.string().optional(),
});

export const FigureSchema = EstimateSchema.extend({
  key: z.string(),
  outcome: OutcomeSchema,
  victims: VictimsSchema,
  /** Set for figures that count a part of another ("among them three children"). */
  subset: z.boolean(),
  sources: z.array(
    z.strictObject({
      source: SourceSchema,
      claimId: z.string(),
      count: CountSchema,
      preliminary: z.boolean(),
      reportedBy: z.string(),
      article: ArticleRefSchema,
    }),
  ),
});
export type Figure = z.infer<typeof FigureSchema>;

export const HistoryEntrySchema = z.strictObject({
  revision: z.number().int(),
  type: z.enum(['IncidentOpened', 'ClaimReported', 'CasualtyRevised', 'ClaimWithdrawn']),
  recordedAt: z.string(),
  articleId: z.string(),
  claimId: z.string().optional(),
  supersedes: z.string().optional(),
  reason: z.union([RevisionReasonSchema, z.literal('absent_from_revision')]).optional(),
});

export const IncidentViewSchema = z.strictObject({
  incidentId: z.string(),
  subject: IncidentSubjectSchema,
  perpetrators: z.array(z.string()),
  figures: z.array(FigureSchema),
  claims: z.array(ViewClaimSchema),
  history: z.array(HistoryEntrySchema),
  claimCount: z.number().int(),
  sourceCount: z.number().int(),
  firstReportedAt: z.string(),
  lastRevisedAt: z.string(),
  /** Revision of the incident stream last folded in: a replayed event at or below it is ignored. */
  ledgerRevision: z.number().int(),
  /** Position in the whole ledger of the last event folded in (what SSE resumes from). */
  ledgerPosition: z.number().int(),
  grade: GradeSchema,
  childIds: z.array(z.string()),
});
export type IncidentView = z.infer<typeof IncidentViewSchema>;

/** Where an event sits in its stream (and in the whole ledger); the projector passes it with every event. */
export type EventPosition = { revision: number; position?: number };

/**
 * Folds one incident event into the incident's view. Pure and idempotent: an event at or below the
 * view's ledger revision changes nothing, so replays and redeliveries are harmless.
 */
export function applyToView(view: IncidentView | null, event: IncidentEvent, at: EventPosition): IncidentView | null {
  return applyAllToView(view, [{ event, at }]);
}

/**
 * Folds several events of one incident in order, as applyToView one by one would, but works out
 * the figures once at the end: a projector catching up folds many events into a view at a time.
 */
export function applyAllToView(view: IncidentView | null, events: ReadonlyArray<{ event: IncidentEvent; at: EventPosition }>): IncidentView | null {
  let folded = view;
  for (const { event, at } of events) folded = applyWithoutFigures(folded, event, at);
  return folded && folded !== view && folded.claims !== view?.claims ? summarise(folded) : folded;
}

function applyWithoutFigures(view: IncidentView | null, event: IncidentEvent, at: EventPosition): IncidentView | null {
  if (view && at.revision <= view.ledgerRevision) return view;
  if (!view) {
    if (event.type !== 'IncidentOpened') return null; // a view starts with its incident
    const { incidentId, subject, openedBy, recordedAt } = event.data;
    return {
      incidentId,
      subject,
      perpetrators: [],
      figures: [],
      claims: [],
      history: [{ revision: at.revision, type: event.type, recordedAt, articleId: openedBy.articleId }],
      claimCount: 0,
      sourceCount: 0,
      firstReportedAt: recordedAt,
      lastRevisedAt: recordedAt,
      ledgerRevision: at.revision,
      ledgerPosition: at.position ?? 0,
      grade: 'unquantified',
      childIds: [],
    };
  }
  const claims = applyToClaims(view.claims, event);
  const entry = historyEntry(event, at);
  return {
    ...view,
    claims,
    history: entry ? [...view.history, entry] : view.history,
    lastRevisedAt: event.data.recordedAt,
    ledgerRevision: at.revision,
    ledgerPosition: at.position ?? view.ledgerPosition,
  };
}

function applyToClaims(claims: IncidentView['claims'], event: IncidentEvent): IncidentView['claims'] {
  switch (event.type) {
    case 'IncidentOpened':
      return claims;
    case 'ClaimReported':
      return [...claims.filter((c) => c.claim.claimId !== event.data.claim.claimId), { claim: event.data.claim, status: 'active' }];
    case 'CasualtyRevised': {
      const { claim, supersedes } = event.data;
      const updated = claims.map((c) =>
        c.claim.claimId === supersedes ? { ...c, status: 'superseded' as const, supersededBy: claim.claimId } : c,
      );
      return [...updated.filter((c) => c.claim.claimId !== claim.claimId), { claim, status: 'active' }];
    }
    case 'ClaimWithdrawn':
      return claims.map((c) => (c.claim.claimId === event.data.claimId ? { ...c, status: 'withdrawn' as const } : c));
    default: {
      const unknown: never = event;
      void unknown;
      return claims;
    }
  }
}

function historyEntry(event: IncidentEvent, at: EventPosition): IncidentView['history'][number] | null {
  const base = { revision: at.revision, type: event.type, recordedAt: event.data.recordedAt };
  switch (event.type) {
    case 'IncidentOpened':
      return null;
    case 'ClaimReported':
      return { ...base, articleId: event.data.claim.article.articleId, claimId: event.data.claim.claimId };
    case 'CasualtyRevised':
      return {
        ...base,
        articleId: event.data.claim.article.articleId,
        claimId: event.data.claim.claimId,
        supersedes: event.data.supersedes,
        reason: event.data.reason,
      };
    case 'ClaimWithdrawn':
      return { ...base, articleId: event.data.by.articleId, claimId: event.data.claimId, reason: event.data.reason };
    default: {
      const unknown: never = event;
      void unknown;
      return null;
    }
  }
}

/** Recomputes the figures from the active claims: each source counts once, with its latest figure. */
function summarise(view: IncidentView): IncidentView {
  const active = view.claims.filter((c) => c.status === 'active').map((c) => c.claim);
  // A part of a figure of this incident is a subset; a part of another incident's total (a town's
  // share of a national toll, "بينهم 54 في حلب") is this incident's own figure.
  const here = new Set(view.claims.map((c) => c.claim.claimId));
  const partHere = (claim: Claim) => claim.subsetOf !== undefined && here.has(claim.subsetOf);
  const groups = new Map<string, Map<string, Claim>>();
  for (const claim of active) {
    const key = `${figureKey(claim)}${partHere(claim) ? '/subset' : ''}`;
    const bySource = groups.get(key) ?? new Map<string, Claim>();
    const current = bySource.get(claim.source.key);
    if (!current || compareArticleRefs(current.article, claim.article) <= 0) bySource.set(claim.source.key, claim);
    groups.set(key, bySource);
  }
  const figures = [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, bySource]) => {
      const latest = [...bySource.values()];
      const first = latest[0];
      return {
        key,
        outcome: first.outcome,
        victims: first.victims,
        subset: partHere(first),
        ...estimate(latest),
        sources: latest.map((c) => ({
          source: c.source,
          claimId: c.claimId,
          count: c.count,
          preliminary: c.preliminary,
          reportedBy: c.reportedBy,
          article: c.article,
        })),
      };
    });
  const perpetrators = [...new Set(active.map((c) => c.perpetrator).filter((p): p is string => !!p))].sort();
  return {
    ...view,
    figures,
    grade: gradeOf(figures),
    perpetrators,
    claimCount: view.claims.length,
    sourceCount: new Set(active.map((c) => c.source.key)).size,
  };
}

/** Folds a whole stream. */
export function foldView(events: ReadonlyArray<{ event: IncidentEvent; revision: number; position?: number }>): IncidentView | null {
  return events.reduce<IncidentView | null>((view, e) => applyToView(view, e.event, { revision: e.revision, position: e.position }), null);
}

/**
 * The view as it was known at a moment: folded from the events recorded up to then. Null when the
 * incident was not yet known.
 */
export function viewAsOf(
  events: ReadonlyArray<{ event: IncidentEvent; revision: number; position?: number }>,
  asOf: string,
): IncidentView | null {
  const cutoff = Date.parse(asOf);
  return foldView(events.filter((e) => Date.parse(e.event.data.recordedAt) <= cutoff));
}
