import { IncidentView, Outcome } from '@app/domain';
import { memoised, nameKey, withoutArticle } from '@app/gazetteer';
import { IncidentQuery, InvalidCursorError, Range, Totals, decodeCursor } from './view-store.port';

/** Bumped whenever the tables change: read models are rebuilt from the ledger, never migrated. */
export const VIEW_SCHEMA_VERSION = 4;

const OUTCOMES: Outcome[] = ['killed', 'injured', 'missing', 'captured'];
/** Searchable key of a name; memoised, since the same places and sources recur in view after view. */
const key = memoised((s: string) => withoutArticle(nameKey(s)));

/** An incident's total for one outcome: its victim groups summed (parts of a group are not added). */
function outcomeRange(view: IncidentView, outcome: Outcome): Range {
  const figures = view.figures.filter((f) => f.outcome === outcome && !f.subset && f.best !== null);
  return {
    low: figures.reduce((n, f) => n + (f.low ?? 0), 0),
    best: figures.reduce((n, f) => n + (f.best ?? 0), 0),
    high: figures.reduce((n, f) => n + (f.high ?? f.best ?? 0), 0),
  };
}

/** The searchable and summable columns stored beside a view's JSON. */
export function viewColumns(view: IncidentView) {
  const places = [view.subject.place, ...view.subject.otherPlaces];
  const placeKeys = new Set<string>();
  for (const p of places) for (const name of [p.id, p.name, p.nameEn, p.admin1]) if (name) placeKeys.add(key(name));
  const sources = view.figures.flatMap((f) => f.sources.map((s) => s.source));
  const sourceKeys = new Set(sources.flatMap((s) => [key(s.name), key(s.key)]));
  const text = [
    ...placeKeys,
    ...sourceKeys,
    ...view.perpetrators,
    view.subject.kind,
    ...view.claims.map((c) => key(c.claim.evidence.quote)),
  ].join(' ');
  const killed = outcomeRange(view, 'killed');
  const injured = outcomeRange(view, 'injured');
  const best = Object.fromEntries(OUTCOMES.map((o) => [o, outcomeRange(view, o).best])) as Record<Outcome, number>;
  return {
    id: view.incidentId,
    date: view.subject.date,
    parentId: view.subject.parentId ?? null,
    placeKeys: `|${[...placeKeys].join('|')}|`,
    sourceKeys: `|${[...sourceKeys].join('|')}|`,
    searchText: text,
    contested: view.figures.some((f) => f.contested) ? 1 : 0,
    grade: view.grade,
    position: view.ledgerPosition,
    bestKilled: best.killed,
    bestInjured: best.injured,
    bestMissing: best.missing,
    bestCaptured: best.captured,
    killedLow: killed.low,
    killedHigh: killed.high,
    injuredLow: injured.low,
    injuredHigh: injured.high,
  };
}

export const BEST_COLUMN: Record<Outcome, string> = {
  killed: 'best_killed',
  injured: 'best_injured',
  missing: 'best_missing',
  captured: 'best_captured',
};

/**
 * The WHERE clause of a query, for any SQL dialect: `param` returns the placeholder of the next
 * value (`?` for SQLite, `$n` for PostgreSQL). Without the cursor, it also serves the totals.
 */
export function whereOf(query: IncidentQuery, param: (value: string | number) => string, withCursor: boolean): string {
  const where: string[] = [];
  if (query.place) where.push(`place_keys LIKE ${param(`%|${key(query.place)}|%`)}`);
  if (query.source) where.push(`source_keys LIKE ${param(`%|${key(query.source)}|%`)}`);
  if (query.q) where.push(`search_text LIKE ${param(`%${key(query.q)}%`)}`);
  if (query.from) where.push(`date >= ${param(query.from)}`);
  if (query.to) where.push(`date <= ${param(query.to)}`);
  if (query.atLeast !== undefined) where.push(`${BEST_COLUMN[query.outcome]} >= ${param(query.atLeast)}`);
  if (query.contested !== undefined) where.push(`contested = ${param(query.contested ? 1 : 0)}`);
  if (query.grade) where.push(`grade = ${param(query.grade)}`);
  if (withCursor && query.cursor) {
    const after = decodeCursor(query.cursor);
    if (!after) throw new InvalidCursorError('the cursor is not one this api gave out');
    where.push(`(date < ${param(after[0])} OR (date = ${param(after[0])} AND incident_id < ${param(after[1])}))`);
  }
  return where.length ? `WHERE ${where.join(' AND ')}` : '';
}

export type TotalsRow = {
  incident_id: string;
  parent_id: string | null;
  best_killed: number;
  killed_low: number;
  killed_high: number;
  best_injured: number;
  injured_low: number;
  injured_high: number;
};

/**
 * Sums the incidents a filter matched without counting anyone twice: a regional total and the
 * town-level incidents it sums count once, as the larger of the total and the sum of its parts.
 */
export function totalsOf(rows: TotalsRow[]): Totals {
  const byId = new Map(rows.map((r) => [r.incident_id, r]));
  const children = new Map<string, TotalsRow[]>();
  for (const r of rows) {
    if (r.parent_id && byId.has(r.parent_id)) children.set(r.parent_id, [...(children.get(r.parent_id) ?? []), r]);
  }
  const zero = (): Range => ({ low: 0, best: 0, high: 0 });
  const totals: Totals = { incidents: rows.length, killed: zero(), injured: zero() };
  const add = (into: Range, low: number, best: number, high: number) => {
    into.low += low;
    into.best += best;
    into.high += high;
  };
  for (const r of rows) {
    if (r.parent_id && byId.has(r.parent_id)) continue; // counted within its parent
    const parts = children.get(r.incident_id) ?? [];
    const sum = (pick: (x: TotalsRow) => number) => Math.max(pick(r), parts.reduce((n, c) => n + pick(c), 0));
    add(totals.killed, sum((x) => x.killed_low), sum((x) => x.best_killed), sum((x) => x.killed_high));
    add(totals.injured, sum((x) => x.injured_low), sum((x) => x.best_injured), sum((x) => x.injured_high));
  }
  return totals;
}

export const TOTALS_COLUMNS = 'incident_id, parent_id, best_killed, killed_low, killed_high, best_injured, injured_low, injured_high';

/**
 * Totals of a filter, kept while the views stay at the same checkpoint: paging through one query
 * asks for the same totals again and again, and they cost a pass over every match.
 */
export class TotalsCache {
  private readonly entries = new Map<string, { checkpoint: number; totals: Totals }>();

  constructor(private readonly capacity = 256) {}

  async get(key: string, checkpoint: number, compute: () => Totals | Promise<Totals>): Promise<Totals> {
    const hit = this.entries.get(key);
    if (hit && hit.checkpoint === checkpoint) return hit.totals;
    const totals = await compute();
    this.entries.delete(key);
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, { checkpoint, totals });
    return totals;
  }
}
