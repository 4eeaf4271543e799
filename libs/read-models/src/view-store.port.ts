import { z } from 'zod';
import { GradeSchema, IncidentView, OutcomeSchema } from '@app/domain';

/** Filters of `GET /incidents`; every one optional. */
export const IncidentQuerySchema = z.strictObject({
  /** A place id, or a place or admin-area name (Arabic or English). */
  place: z.string().min(1).max(200).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  /** With `atLeast`: only incidents whose best figure for this outcome is at least that. */
  outcome: OutcomeSchema.default('killed'),
  atLeast: z.coerce.number().int().min(0).optional(),
  contested: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  grade: GradeSchema.optional(),
  source: z.string().min(1).max(200).optional(),
  /** Free text over places, sources, perpetrators and the quoted evidence. */
  q: z.string().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().min(1).max(500).optional(),
});
export type IncidentQuery = z.infer<typeof IncidentQuerySchema>;
export type IncidentQueryInput = z.input<typeof IncidentQuerySchema>;

export type Range = { low: number; best: number; high: number };
/** Sums over every incident the filter matches (not only the page), each death counted once. */
export type Totals = { incidents: number; killed: Range; injured: Range };
export type IncidentPage = { items: IncidentView[]; nextCursor: string | null; totals: Totals };
/**
 * A page with its views as stored, in order: each view's JSON as UTF-8 bytes. Bytes, not strings:
 * a page of Arabic text as a JS string is re-measured and re-encoded on every reply, which cost
 * the list endpoint seven-eighths of its time (BENCHMARKS.md); bytes are copied as they are.
 */
export type StoredPage = { bodies: Buffer[]; nextCursor: string | null; totals: Totals };

/** A page's rows as fetched: one more than the limit tells whether another page follows. */
export function pageOf(rows: Array<{ body: Buffer; date: string; incident_id: string }>, limit: number, totals: Totals): StoredPage {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { bodies: page.map((r) => r.body), nextCursor: rows.length > limit && last ? encodeCursor(last.date, last.incident_id) : null, totals };
}

export function parsePage(page: StoredPage): IncidentPage {
  return { items: page.bodies.map((b) => JSON.parse(b.toString('utf8')) as IncidentView), nextCursor: page.nextCursor, totals: page.totals };
}

const ITEMS_OPEN = Buffer.from('{"items":[');
const COMMA = Buffer.from(',');
/** The page as the api serves it, the stored views spliced in as they are: nothing parsed or re-serialised. */
export function pageJson(page: StoredPage): Buffer {
  const parts: Buffer[] = [ITEMS_OPEN];
  page.bodies.forEach((body, i) => parts.push(...(i ? [COMMA, body] : [body])));
  parts.push(Buffer.from(`],"nextCursor":${JSON.stringify(page.nextCursor)},"totals":${JSON.stringify(page.totals)}}`));
  return Buffer.concat(parts);
}

/** The read side: incident views and the ledger position they reflect, written together. */
export interface ViewStore {
  get(incidentId: string): Promise<IncidentView | null>;
  /** The view as stored, its JSON as UTF-8 bytes, for serving it as it is (the api's hot path). */
  getJson(incidentId: string): Promise<Buffer | null>;
  getMany(incidentIds: string[]): Promise<Map<string, IncidentView>>;
  list(query: IncidentQuery): Promise<IncidentPage>;
  /** The same page with the views as stored JSON bytes (the api serves them without parsing). */
  listStored(query: IncidentQuery): Promise<StoredPage>;
  /** Incidents whose subject names this one as parent. */
  childrenOf(parentId: string): Promise<string[]>;
  /** The same for many parents in one query: each parent with children, its children's ids in order. */
  childrenOfMany(parentIds: string[]): Promise<Map<string, string[]>>;
  /** Views changed after a ledger position, oldest change first (for the live feed). */
  changedSince(position: number, limit: number): Promise<IncidentView[]>;
  /** Every view, in batches (for statistics over all incidents). */
  scan(batchSize?: number): AsyncIterable<IncidentView[]>;
  /** Ledger position of the last event folded in (0 before any). */
  checkpoint(): Promise<number>;
  /** Saves views and the new checkpoint in one transaction: either both or neither. */
  commit(views: IncidentView[], checkpoint: number): Promise<void>;
  /** Empties the views and the checkpoint (before a replay). */
  reset(): Promise<void>;
  close(): Promise<void>;
}

export const VIEW_STORE = Symbol('VIEW_STORE');

/** Cursors are opaque to clients: the sort key of the last item returned. */
export function encodeCursor(date: string, incidentId: string): string {
  return Buffer.from(JSON.stringify([date, incidentId])).toString('base64url');
}

export function decodeCursor(cursor: string): [string, string] | null {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string') ? (value as [string, string]) : null;
  } catch {
    return null;
  }
}

export class InvalidCursorError extends Error {
  readonly code = 'INVALID_CURSOR';
}
