import { z } from 'zod';
import { Claim, OutcomeSchema, QualifierSchema, VictimsSchema } from '@app/domain';
import { nameKey, withoutArticle } from '@app/gazetteer';

/** A hand-made gold claim, in the format of the seed article's expected.json. */
export const GoldClaimSchema = z.object({
  id: z.string(),
  incident: z.string(),
  outcome: OutcomeSchema,
  qualifier: QualifierSchema,
  min: z.number().int().nullable(),
  max: z.number().int().nullable(),
  preliminary: z.boolean(),
  source: z.array(z.string()).min(1),
  place: z.array(z.string()).min(1),
  victims: VictimsSchema,
  subsetOf: z.string().optional(),
  quote: z.string().optional(),
  note: z.string().optional(),
});
export type GoldClaim = z.infer<typeof GoldClaimSchema>;

export const GoldIncidentSchema = z.object({ key: z.string(), place: z.array(z.string()), claims: z.array(z.string()) }).passthrough();
export const GoldFileSchema = z.object({
  claims: z.array(GoldClaimSchema),
  incidents: z.array(GoldIncidentSchema).default([]),
}).passthrough();
export type GoldFile = z.infer<typeof GoldFileSchema>;

export const FIELDS = ['outcome', 'victims', 'count', 'qualifier', 'preliminary', 'source', 'place'] as const;
export type Field = (typeof FIELDS)[number];

// "the monitor", "a local rights group": an English article is no part of a name.
const key = (s: string) => withoutArticle(nameKey(s).replace(/^(the|a|an) /, ''));

/** Which fields of an extracted claim disagree with a gold claim (empty: the claim is right). */
export function disagreements(gold: GoldClaim, claim: Claim): Field[] {
  const wrong: Field[] = [];
  if (gold.outcome !== claim.outcome) wrong.push('outcome');
  if (gold.victims.kind !== claim.victims.kind || (gold.victims.affiliation ?? null) !== (claim.victims.affiliation ?? null)) wrong.push('victims');
  if (gold.min !== claim.count.min || gold.max !== claim.count.max) wrong.push('count');
  if (gold.qualifier !== claim.count.qualifier) wrong.push('qualifier');
  if (gold.preliminary !== claim.preliminary) wrong.push('preliminary');
  const sourceNames = [claim.source.name, claim.source.key].map(key);
  if (!gold.source.map(key).some((g) => sourceNames.includes(g) || (g === 'reporter' && claim.source.kind === 'reporter'))) wrong.push('source');
  const placeNames = [claim.place.name, claim.place.nameEn ?? ''].filter(Boolean).map(key);
  if (!gold.place.map(key).some((g) => placeNames.includes(g))) wrong.push('place');
  return wrong;
}

export type Match = { gold: GoldClaim; claim: Claim | undefined; wrong: Field[] };
export type Score = {
  matches: Match[];
  /** Extracted claims no gold claim accounts for. */
  spurious: Claim[];
  truePositives: number;
  precision: number;
  recall: number;
  f1: number;
  /** Per field: how often it was right among gold claims that were paired with an extracted one. */
  fieldAccuracy: Record<Field, number>;
};

/**
 * Pairs each gold claim with the extracted claim that agrees on most fields (same outcome first),
 * one to one; a pair counts as right only when every field agrees.
 */
export function score(gold: GoldClaim[], extracted: Claim[]): Score {
  const free = new Set(extracted);
  const matches: Match[] = [];
  const ordered = [...gold].sort((a, b) => Number(!!a.subsetOf) - Number(!!b.subsetOf));
  // Exact pairs first: a claim right in every field is not taken by an earlier gold claim it only
  // resembles, which would count both gold claims missed.
  const exact = new Map<GoldClaim, Claim>();
  for (const g of ordered) {
    for (const c of free) {
      if ((g.subsetOf !== undefined) !== (c.subsetOf !== undefined) || disagreements(g, c).length) continue;
      exact.set(g, c);
      free.delete(c);
      break;
    }
  }
  for (const g of ordered) {
    const right = exact.get(g);
    if (right) {
      matches.push({ gold: g, claim: right, wrong: [] });
      continue;
    }
    let best: { claim: Claim; wrong: Field[] } | undefined;
    for (const c of free) {
      if ((g.subsetOf !== undefined) !== (c.subsetOf !== undefined)) continue;
      const wrong = disagreements(g, c);
      if (wrong.includes('outcome')) continue;
      if (!best || wrong.length < best.wrong.length) best = { claim: c, wrong };
    }
    if (best && best.wrong.length <= 3) {
      free.delete(best.claim);
      matches.push({ gold: g, claim: best.claim, wrong: best.wrong });
    } else matches.push({ gold: g, claim: undefined, wrong: [...FIELDS] });
  }
  const truePositives = matches.filter((m) => m.claim && m.wrong.length === 0).length;
  const precision = extracted.length ? truePositives / extracted.length : gold.length ? 0 : 1;
  const recall = gold.length ? truePositives / gold.length : 1;
  const paired = matches.filter((m) => m.claim);
  const fieldAccuracy = Object.fromEntries(
    FIELDS.map((f) => [f, paired.length ? paired.filter((m) => !m.wrong.includes(f)).length / paired.length : 1]),
  ) as Record<Field, number>;
  return {
    matches,
    spurious: [...free],
    truePositives,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    fieldAccuracy,
  };
}

/** Gold incidents must come out as incidents: claims of one gold incident share one incident id. */
export function incidentGrouping(goldFile: GoldFile, matches: Match[]): { key: string; incidentIds: string[] }[] {
  return goldFile.incidents.map((incident) => ({
    key: incident.key,
    incidentIds: [
      ...new Set(
        matches.filter((m) => incident.claims.includes(m.gold.id) && m.claim).map((m) => (m.claim as Claim).incidentId),
      ),
    ],
  }));
}

export function describeMiss(m: Match): string {
  const c = m.claim;
  const got = c
    ? `${c.outcome} ${c.victims.kind}${c.victims.affiliation ? `/${c.victims.affiliation}` : ''} ${c.count.qualifier} ${c.count.min}-${c.count.max}${c.preliminary ? ' prelim' : ''} src=${c.source.name} place=${c.place.name}`
    : 'nothing';
  return `${m.gold.id} (${m.gold.quote ?? ''}): wrong ${m.wrong.join(',')} — got ${got}`;
}
