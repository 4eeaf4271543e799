import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { IncidentView, IncidentViewSchema } from '@app/domain';
import { TOTALS_COLUMNS, TotalsCache, TotalsRow, VIEW_SCHEMA_VERSION, totalsOf, viewColumns, whereOf } from './view-rows';
import { IncidentPage, IncidentQuery, StoredPage, ViewStore, pageOf, parsePage } from './view-store.port';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS incident_views (
  incident_id TEXT PRIMARY KEY,
  date TEXT NOT NULL,
  parent_id TEXT,
  place_keys TEXT NOT NULL,
  source_keys TEXT NOT NULL,
  search_text TEXT NOT NULL,
  contested INTEGER NOT NULL,
  grade TEXT NOT NULL,
  ledger_position INTEGER NOT NULL,
  best_killed INTEGER NOT NULL, best_injured INTEGER NOT NULL, best_missing INTEGER NOT NULL, best_captured INTEGER NOT NULL,
  killed_low INTEGER NOT NULL, killed_high INTEGER NOT NULL, injured_low INTEGER NOT NULL, injured_high INTEGER NOT NULL,
  body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS incident_views_by_date ON incident_views (date DESC, incident_id DESC);
CREATE INDEX IF NOT EXISTS incident_views_by_parent ON incident_views (parent_id);
CREATE INDEX IF NOT EXISTS incident_views_by_position ON incident_views (ledger_position);
CREATE TABLE IF NOT EXISTS checkpoints (name TEXT PRIMARY KEY, position INTEGER NOT NULL);`;

/** At most this many views' JSON kept in memory (~5 KB each). */
const JSON_CACHE_VIEWS = 2_000;

/** Read models of the embedded mode: one SQLite file; views as JSON with indexed columns beside. */
export class SqliteViewStore implements ViewStore {
  private readonly db: Database.Database;
  private readonly totals = new TotalsCache();
  /** Prepared statements by SQL: compiling one costs more than running it on the read paths. */
  private readonly statements = new Map<string, Database.Statement>();
  /**
   * Views as stored JSON, for the api's hot path (decoding a 5 KB body costs ten times the
   * lookup). Emptied whenever this connection commits, and whenever SQLite's data_version says
   * another connection (a projector in another process) has.
   */
  private readonly jsonCache = new Map<string, Buffer>();
  private jsonCacheVersion = -1;

  constructor(
    readonly file: string,
    private readonly name = 'incident-views',
  ) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    // A view's JSON is ~9 KB: on 16 KB pages it fits one page instead of a chain of three overflow
    // pages (replay measured ~10 % faster). Only a new file takes it; an existing one keeps its own.
    this.db.pragma('page_size = 16384');
    this.db.pragma('journal_mode = WAL');
    // Views are rebuilt from the ledger, and WAL keeps views and checkpoint consistent: a power
    // cut may only lose the last batches, which the projector then applies again.
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    // Read models are disposable: an older layout is dropped and rebuilt from the ledger.
    if (this.db.pragma('user_version', { simple: true }) !== VIEW_SCHEMA_VERSION) {
      this.db.exec('DROP TABLE IF EXISTS incident_views; DROP TABLE IF EXISTS checkpoints;');
      this.db.pragma(`user_version = ${VIEW_SCHEMA_VERSION}`);
    }
    this.db.exec(SCHEMA);
  }

  private statement<P extends unknown[], R>(sql: string): Database.Statement<P, R> {
    let statement = this.statements.get(sql);
    if (!statement) this.statements.set(sql, (statement = this.db.prepare(sql)));
    return statement as unknown as Database.Statement<P, R>;
  }

  async get(incidentId: string): Promise<IncidentView | null> {
    const row = this.statement<[string], { body: string }>('SELECT body FROM incident_views WHERE incident_id = ?').get(incidentId);
    return row ? IncidentViewSchema.parse(JSON.parse(row.body)) : null;
  }

  async getJson(incidentId: string): Promise<Buffer | null> {
    const version = this.statement<[], { data_version: number }>('PRAGMA data_version').get()?.data_version ?? 0;
    if (version !== this.jsonCacheVersion) {
      this.jsonCache.clear();
      this.jsonCacheVersion = version;
    }
    const cached = this.jsonCache.get(incidentId);
    if (cached !== undefined) return cached;
    // (CAST … AS BLOB: SQLite hands over the UTF-8 bytes it holds, never decoded into a string.)
    const body = this.statement<[string], { body: Buffer }>('SELECT CAST(body AS BLOB) AS body FROM incident_views WHERE incident_id = ?').get(incidentId)?.body ?? null;
    if (body !== null) {
      if (this.jsonCache.size >= JSON_CACHE_VIEWS) this.jsonCache.delete(this.jsonCache.keys().next().value as string);
      this.jsonCache.set(incidentId, body);
    }
    return body;
  }

  async getMany(incidentIds: string[]): Promise<Map<string, IncidentView>> {
    const found = new Map<string, IncidentView>();
    if (!incidentIds.length) return found;
    // One statement for the lot: the ids go in as a JSON array.
    const rows = this.statement<[string], { incident_id: string; body: string }>('SELECT incident_id, body FROM incident_views WHERE incident_id IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(incidentIds));
    for (const row of rows) found.set(row.incident_id, JSON.parse(row.body) as IncidentView);
    return found;
  }

  async list(query: IncidentQuery): Promise<IncidentPage> {
    return parsePage(await this.listStored(query));
  }

  async listStored(query: IncidentQuery): Promise<StoredPage> {
    const params: Array<string | number> = [];
    const where = whereOf(query, (v) => (params.push(v), '?'), true);
    const rows = this.statement<Array<string | number>, { body: Buffer; date: string; incident_id: string }>(
      `SELECT CAST(body AS BLOB) AS body, date, incident_id FROM incident_views ${where} ORDER BY date DESC, incident_id DESC LIMIT ?`,
    ).all(...params, query.limit + 1);
    const totalParams: Array<string | number> = [];
    const totalWhere = whereOf(query, (v) => (totalParams.push(v), '?'), false);
    const totals = await this.totals.get(`${totalWhere}|${JSON.stringify(totalParams)}`, await this.checkpoint(), () =>
      totalsOf(this.statement<Array<string | number>, TotalsRow>(`SELECT ${TOTALS_COLUMNS} FROM incident_views ${totalWhere}`).all(...totalParams)),
    );
    return pageOf(rows, query.limit, totals);
  }

  async childrenOfMany(parentIds: string[]): Promise<Map<string, string[]>> {
    const found = new Map<string, string[]>();
    if (!parentIds.length) return found;
    const rows = this.statement<[string], { parent_id: string; incident_id: string }>(
      'SELECT parent_id, incident_id FROM incident_views WHERE parent_id IN (SELECT value FROM json_each(?)) ORDER BY incident_id',
    ).all(JSON.stringify(parentIds));
    for (const r of rows) found.set(r.parent_id, [...(found.get(r.parent_id) ?? []), r.incident_id]);
    return found;
  }

  async childrenOf(parentId: string): Promise<string[]> {
    return this.statement<[string], { incident_id: string }>('SELECT incident_id FROM incident_views WHERE parent_id = ? ORDER BY incident_id')
      .all(parentId)
      .map((r) => r.incident_id);
  }

  async changedSince(position: number, limit: number): Promise<IncidentView[]> {
    return this.statement<[number, number], { body: string }>('SELECT body FROM incident_views WHERE ledger_position > ? ORDER BY ledger_position LIMIT ?')
      .all(position, limit)
      .map((r) => JSON.parse(r.body) as IncidentView);
  }

  async *scan(batchSize = 500): AsyncIterable<IncidentView[]> {
    let after = '';
    for (;;) {
      const rows = this.db
        .prepare<[string, number], { incident_id: string; body: string }>('SELECT incident_id, body FROM incident_views WHERE incident_id > ? ORDER BY incident_id LIMIT ?')
        .all(after, batchSize);
      if (!rows.length) return;
      after = rows[rows.length - 1].incident_id;
      yield rows.map((r) => JSON.parse(r.body) as IncidentView);
    }
  }

  async checkpoint(): Promise<number> {
    return this.statement<[string], { position: number }>('SELECT position FROM checkpoints WHERE name = ?').get(this.name)?.position ?? 0;
  }

  async commit(views: IncidentView[], checkpoint: number): Promise<void> {
    const upsert = this.db.prepare(
      `INSERT INTO incident_views (incident_id, date, parent_id, place_keys, source_keys, search_text, contested, grade, ledger_position,
         best_killed, best_injured, best_missing, best_captured, killed_low, killed_high, injured_low, injured_high, body)
       VALUES (@id, @date, @parentId, @placeKeys, @sourceKeys, @searchText, @contested, @grade, @position,
         @bestKilled, @bestInjured, @bestMissing, @bestCaptured, @killedLow, @killedHigh, @injuredLow, @injuredHigh, @body)
       ON CONFLICT (incident_id) DO UPDATE SET date = excluded.date, parent_id = excluded.parent_id,
         place_keys = excluded.place_keys, source_keys = excluded.source_keys, search_text = excluded.search_text,
         contested = excluded.contested, grade = excluded.grade, ledger_position = excluded.ledger_position,
         best_killed = excluded.best_killed, best_injured = excluded.best_injured, best_missing = excluded.best_missing,
         best_captured = excluded.best_captured, killed_low = excluded.killed_low, killed_high = excluded.killed_high,
         injured_low = excluded.injured_low, injured_high = excluded.injured_high, body = excluded.body`,
    );
    const save = this.db.prepare('INSERT INTO checkpoints (name, position) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET position = excluded.position');
    this.jsonCache.clear();
    this.db.transaction(() => {
      for (const view of views) upsert.run({ ...viewColumns(view), body: JSON.stringify(view) });
      save.run(this.name, checkpoint);
    })();
  }

  async reset(): Promise<void> {
    this.jsonCache.clear();
    this.db.transaction(() => {
      this.db.exec('DELETE FROM incident_views');
      this.db.prepare('DELETE FROM checkpoints WHERE name = ?').run(this.name);
    })();
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
