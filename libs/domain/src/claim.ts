import { z } from 'zod';
import { ArticleRefSchema } from './article';

export const OUTCOMES = ['killed', 'injured', 'missing', 'captured'] as const;
export const OutcomeSchema = z.enum(OUTCOMES);
export type Outcome = z.infer<typeof OutcomeSchema>;

export const VICTIM_KINDS = ['civilians', 'children', 'women', 'men', 'combatants', 'unspecified'] as const;
export const VictimsSchema = z.strictObject({
  kind: z.enum(VICTIM_KINDS),
  /** Actor key of the armed side the victims belong to, e.g. regime_forces, isis, sdf. */
  affiliation: z.string().min(1).optional(),
});
export type Victims = z.infer<typeof VictimsSchema>;

export const QUALIFIERS = ['exact', 'at_least', 'more_than', 'about', 'up_to', 'unknown'] as const;
export const QualifierSchema = z.enum(QUALIFIERS);
export type Qualifier = z.infer<typeof QualifierSchema>;

/**
 * A reported figure. `max: null` is an open upper bound ("at least 100"); a claim with no number
 * has qualifier `unknown` and both bounds null. "more than 45" is min 46.
 */
export const CountSchema = z
  .strictObject({
    qualifier: QualifierSchema,
    min: z.number().int().min(0).nullable(),
    max: z.number().int().min(0).nullable(),
  })
  .refine((c) => c.min === null || c.max === null || c.min <= c.max, 'count.min must not exceed count.max')
  .refine((c) => c.qualifier !== 'unknown' || (c.min === null && c.max === null), 'an unknown count has no bounds');
export type Count = z.infer<typeof CountSchema>;

export const SOURCE_KINDS = [
  'media',
  'activist',
  'armed_group',
  'government',
  'military',
  'ngo',
  'civil_defense',
  'medical',
  'local_sources',
  'reporter',
] as const;
export const SourceKindSchema = z.enum(SOURCE_KINDS);
export type SourceKind = z.infer<typeof SourceKindSchema>;

export const SourceSchema = z.strictObject({
  /** As written in the article. */
  name: z.string().min(1),
  /** Stable key: generic sources ("local sources") are keyed per outlet. */
  key: z.string().min(1),
  kind: SourceKindSchema,
  /** Outlet id that carried the source's words. */
  via: z.string().min(1),
});
export type Source = z.infer<typeof SourceSchema>;

/** UCDP GED `where_prec`: 1 exact place … 4 first-order admin unit, 5 region, 6 country. */
export const PlaceSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  nameEn: z.string().nullable(),
  admin1: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  precision: z.number().int().min(1).max(7),
});
export type Place = z.infer<typeof PlaceSchema>;

/** UCDP GED `date_prec`: 1 exact day, 2 within 2–6 days, 3 week, 4 month, 5 year. */
export const ClaimDateSchema = z.strictObject({
  value: z.iso.date(),
  precision: z.number().int().min(1).max(5),
  basis: z.enum(['explicit', 'relative', 'publication']),
});
export type ClaimDate = z.infer<typeof ClaimDateSchema>;

export const ClaimSchema = z.strictObject({
  claimId: z.string().min(1),
  incidentId: z.string().min(1),
  outcome: OutcomeSchema,
  victims: VictimsSchema,
  count: CountSchema,
  preliminary: z.boolean(),
  subsetOf: z.string().optional(),
  source: SourceSchema,
  reportedBy: z.string().min(1),
  article: ArticleRefSchema,
  place: PlaceSchema,
  date: ClaimDateSchema,
  perpetrator: z.string().optional(),
  evidence: z.strictObject({ quote: z.string(), start: z.number().int().min(0), end: z.number().int().min(0) }),
  extractor: z.strictObject({ name: z.string(), version: z.string() }),
});
export type Claim = z.infer<typeof ClaimSchema>;

/** The figure a claim's view groups on: one source, one outcome, one victim group. */
export function victimsKey(victims: Victims): string {
  return victims.affiliation ? `${victims.kind}:${victims.affiliation}` : victims.kind;
}

export function figureKey(claim: Pick<Claim, 'outcome' | 'victims'>): string {
  return `${claim.outcome}/${victimsKey(claim.victims)}`;
}

export function sameFigure(a: Pick<Claim, 'count' | 'preliminary'>, b: Pick<Claim, 'count' | 'preliminary'>): boolean {
  return (
    a.count.qualifier === b.count.qualifier &&
    a.count.min === b.count.min &&
    a.count.max === b.count.max &&
    a.preliminary === b.preliminary
  );
}
