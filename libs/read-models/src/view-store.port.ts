import { z } from 'zod';
import { IncidentView } from '@app/domain';

/** Filters of `GET /incidents`; every one optional. */
export const IncidentQuerySchema = z.strictObject({
  /** A place id, or a place or admin-area name (Arabic or English). */
  place: z.string().min(1).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  /** Only incidents whose best killed figure is at least this. */
  minKilled: z.coerce.number().int().min(0).optional(),
  contested: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  source: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().min(1).optional(),
});
export type IncidentQuery = z.infer<typeof IncidentQuerySchema>;

export type IncidentPage = { items: IncidentView[]; nextCursor: string | null };

/** The read side: incident views and the ledger position they reflect, written together. */
export interface ViewStore {
  get(incidentId: string): Promise<IncidentView | null>;
  getMany(incidentIds: string[]): Promise<Map<string, IncidentView>>;
  list(query: IncidentQuery): Promise<IncidentPage>;
  /** Incidents whose subject names this one as parent. */
  childrenOf(parentId: string): Promise<string[]>;
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
