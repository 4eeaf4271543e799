import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { IncidentView, IncidentViewSchema } from '@app/domain';
import { nameKey, withoutArticle } from '@app/gazetteer';
import { IncidentPage, IncidentQuery, ViewStore, decodeCursor, encodeCursor } from './view-store.port';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS incident_views (
  incident_id TEXT PRIMARY KEY,
  date        TEXT NOT NULL,
  place_keys  TEXT NOT NULL,
  source_keys TEXT NOT NULL,
  parent_id   TEXT,
  contested   INTEGER NOT NULL,
  killed_best INTEGER,
  body        TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS incident_views_by_date ON incident_views (date DESC, incident_id DESC);
CREATE INDEX IF NOT EXISTS incident_views_by_parent ON incident_views (parent_id);
CREATE TABLE IF NOT EXISTS checkpoints (name TEXT PRIMARY KEY, position INTEGER NOT NULL);`;

/** Searchable columns of a view: place names and ids, admin area, sources, headline figures. */
export function viewColumns(view: IncidentView) {
  const places = [view.subject.place, ...view.subject.otherPlaces];
  const placeKeys = new Set<string>();
  for (const p of places) {
    for (const name of [p.id, p.name, p.nameEn, p.admin1]) if (name) placeKeys.add(withoutArticle(nameKey(name)));
  }
  const killed = view.figures.filter((f) => f.outcome === 'killed' && !f.subset).map((f) => f.best ?? 0);
  return {
    placeKeys: `|${[...placeKeys].join('|')}|`,
    sourceKeys: `|${[...new Set(view.figures.flatMap((f) => f.sources.map((s) => withoutArticle(nameKey(s.source.name)))))].join('|')}|`,
    contested: view.figures.some((f) => f.contested) ? 1 : 0,
    killedBest: killed.length ? Math.max(...killed) : null,
  };
}

/** Read models of the embedded mode: one SQLite file; views as JSON with indexed columns beside. */
export class SqliteViewStore implements ViewStore {
  private readonly db: Database.Database;

  constructor(
    readonly file: string,
    private readonly name = 'incident-views',
  ) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA);
  }

  async get(incidentId: string): Promise<IncidentView | null> {
    const row = this.db.prepare<[string], { body: string }>('SELECT body FROM incident_views WHERE incident_id = ?').get(incidentId);
    return row ? IncidentViewSchema.parse(JSON.parse(row.body)) : null;
  }

  async getMany(incidentIds: string[]): Promise<Map<string, IncidentView>> {
    const found = new Map<string, IncidentView>();
    const select = this.db.prepare<[string], { body: string }>('SELECT body FROM incident_views WHERE incident_id = ?');
    for (const id of incidentIds) {
      const row = select.get(id);
      if (row) found.set(id, JSON.parse(row.body) as IncidentView);
    }
    return found;
  }

  async list(query: IncidentQuery): Promise<IncidentPage> {
    const where: string[] = [];
    const params: Array<string | number> = [];
    if (query.place) {
      where.push('place_keys LIKE ?');
      params.push(`%|${withoutArticle(nameKey(query.place))}|%`);
    }
    if (query.source) {
      where.push('source_keys LIKE ?');
      params.push(`%|${withoutArticle(nameKey(query.source))}|%`);
    }
    const add = (clause: string, value: string | number) => {
      where.push(clause);
      params.push(value);
    };
    if (query.from) add('date >= ?', query.from);
    if (query.to) add('date <= ?', query.to);
    if (query.minKilled !== undefined) add('killed_best >= ?', query.minKilled);
    if (query.contested !== undefined) add('contested = ?', query.contested ? 1 : 0);
    const after = query.cursor ? decodeCursor(query.cursor) : null;
    if (after) {
      where.push('(date < ? OR (date = ? AND incident_id < ?))');
      params.push(after[0], after[0], after[1]);
    }
    const sql = `SELECT body FROM incident_views ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
                 ORDER BY date DESC, incident_id DESC LIMIT ?`;
    const rows = this.db.prepare<Array<string | number>, { body: string }>(sql).all(...params, query.limit + 1);
    const items = rows.slice(0, query.limit).map((r) => JSON.parse(r.body) as IncidentView);
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > query.limit && last ? encodeCursor(last.subject.date, last.incidentId) : null };
  }

  async childrenOf(parentId: string): Promise<string[]> {
    return this.db
      .prepare<[string], { incident_id: string }>('SELECT incident_id FROM incident_views WHERE parent_id = ? ORDER BY incident_id')
      .all(parentId)
      .map((r) => r.incident_id);
  }

  async checkpoint(): Promise<number> {
    return this.db.prepare<[string], { position: number }>('SELECT position FROM checkpoints WHERE name = ?').get(this.name)?.position ?? 0;
  }

  async commit(views: IncidentView[], checkpoint: number): Promise<void> {
    const upsert = this.db.prepare(
      `INSERT INTO incident_views (incident_id, date, place_keys, source_keys, parent_id, contested, killed_best, body)
       VALUES (@id, @date, @placeKeys, @sourceKeys, @parentId, @contested, @killedBest, @body)
       ON CONFLICT (incident_id) DO UPDATE SET date = excluded.date, place_keys = excluded.place_keys,
         source_keys = excluded.source_keys, parent_id = excluded.parent_id, contested = excluded.contested,
         killed_best = excluded.killed_best, body = excluded.body`,
    );
    const save = this.db.prepare('INSERT INTO checkpoints (name, position) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET position = excluded.position');
    this.db.transaction(() => {
      for (const view of views) {
        upsert.run({
          id: view.incidentId,
          date: view.subject.date,
          parentId: view.subject.parentId ?? null,
          body: JSON.stringify(view),
          ...viewColumns(view),
        });
      }
      save.run(this.name, checkpoint);
    })();
  }

  async reset(): Promise<void> {
    this.db.transaction(() => {
      this.db.exec('DELETE FROM incident_views');
      this.db.prepare('DELETE FROM checkpoints WHERE name = ?').run(this.name);
    })();
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
