import { z } from 'zod';
import { ArticleRefSchema } from './article';
import { ClaimSchema, PlaceSchema } from './claim';

/** What an incident is about: where, when and what kind of event. Fixed when it is opened. */
export const IncidentSubjectSchema = z.strictObject({
  place: PlaceSchema,
  /** Further places the same event covers ("the villages of Marrat and Mazloum"). */
  otherPlaces: z.array(PlaceSchema),
  date: z.iso.date(),
  kind: z.string().min(1),
  /** Incident id of a regional total this incident is part of. */
  parentId: z.string().optional(),
});
export type IncidentSubject = z.infer<typeof IncidentSubjectSchema>;

export const IncidentOpenedSchema = z.strictObject({
  type: z.literal('IncidentOpened'),
  data: z.strictObject({
    incidentId: z.string(),
    subject: IncidentSubjectSchema,
    openedBy: ArticleRefSchema,
    recordedAt: z.iso.datetime(),
  }),
});

export const ClaimReportedSchema = z.strictObject({
  type: z.literal('ClaimReported'),
  data: z.strictObject({ incidentId: z.string(), claim: ClaimSchema, recordedAt: z.iso.datetime() }),
});

export const REVISION_REASONS = ['later_report', 'article_revision', 'preliminary_made_final'] as const;
export const RevisionReasonSchema = z.enum(REVISION_REASONS);
export type RevisionReason = z.infer<typeof RevisionReasonSchema>;

export const CasualtyRevisedSchema = z.strictObject({
  type: z.literal('CasualtyRevised'),
  data: z.strictObject({
    incidentId: z.string(),
    claim: ClaimSchema,
    supersedes: z.string(),
    reason: RevisionReasonSchema,
    recordedAt: z.iso.datetime(),
  }),
});

export const ClaimWithdrawnSchema = z.strictObject({
  type: z.literal('ClaimWithdrawn'),
  data: z.strictObject({
    incidentId: z.string(),
    claimId: z.string(),
    /** The article revision in which the claim no longer appears. */
    by: ArticleRefSchema,
    reason: z.literal('absent_from_revision'),
    recordedAt: z.iso.datetime(),
  }),
});

export const IncidentEventSchema = z.discriminatedUnion('type', [
  IncidentOpenedSchema,
  ClaimReportedSchema,
  CasualtyRevisedSchema,
  ClaimWithdrawnSchema,
]);
export type IncidentEvent = z.infer<typeof IncidentEventSchema>;
export type IncidentOpened = z.infer<typeof IncidentOpenedSchema>;
export type ClaimReported = z.infer<typeof ClaimReportedSchema>;
export type CasualtyRevised = z.infer<typeof CasualtyRevisedSchema>;
export type ClaimWithdrawn = z.infer<typeof ClaimWithdrawnSchema>;
export type IncidentEventType = IncidentEvent['type'];
export const INCIDENT_EVENT_TYPES: readonly IncidentEventType[] = [
  'IncidentOpened',
  'ClaimReported',
  'CasualtyRevised',
  'ClaimWithdrawn',
];

/** Recorded on `article-<articleId>` once a revision has been read, so a redelivery appends nothing. */
export const ArticleProcessedSchema = z.strictObject({
  type: z.literal('ArticleProcessed'),
  data: z.strictObject({
    article: ArticleRefSchema,
    outletId: z.string(),
    language: z.string(),
    supported: z.boolean(),
    contentHash: z.string(),
    claimIds: z.array(z.string()),
    incidentIds: z.array(z.string()),
    extractor: z.strictObject({ name: z.string(), version: z.string() }),
    recordedAt: z.iso.datetime(),
  }),
});
export type ArticleProcessed = z.infer<typeof ArticleProcessedSchema>;

export const incidentStream = (incidentId: string): string => `incident-${incidentId}`;
export const articleStream = (articleId: string): string => `article-${articleId}`;
export const INCIDENT_STREAM_PREFIX = 'incident-';
export const ARTICLE_STREAM_PREFIX = 'article-';
