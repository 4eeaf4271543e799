import { Pool, PoolClient } from 'pg';
import { IncidentView, IncidentViewSchema } from '@app/domain';
import { TOTALS_COLUMNS, TotalsCache, TotalsRow, VIEW_SCHEMA_VERSION, totalsOf, viewColumns, whereOf } from './view-rows';
import { IncidentPage, IncidentQuery, StoredPage, ViewStore, pageOf, parsePage } from './view-store.port';

const COLUMNS = [
  'incident_id', 'date', 'parent_id', 'place_keys', 'source_keys', 'search_text', 'contested', 'grade', 'ledger_position',
  'best_killed', 'best_injured', 'best_missing', 'best_captured', 'killed_low', 'killed_high', 'injured_low', 'injured_high', 'body',
] as const;
/** Views upserted by one statement. */
const COMMIT_CHUNK = 500;

/**
 * Read models in PostgreSQL (production): the same tables as the SQLite adapter, in a schema of
 * their own, views as JSONB, and the checkpoint written in the same transaction as each batch.
 */
export class PostgresViewStore implements ViewStore {
  private readonly pool: Pool;
  private ready?: Promise<void>;
  private readonly schema: string;
  private readonly totals = new TotalsCache();

  constructor(
    connectionString: string,
    options: { schema?: string; name?: string } = {},
  ) {
    this.schema = options.schema ?? 'incident_ledger';
    if (!/^[a-z_][a-z0-9_]*$/.test(this.schema)) throw new Error(`invalid schema name ${this.schema}`);
    this.name = options.name ?? 'incident-views';
    this.pool = new Pool({ connectionString, max: 5 });
  }
  private readonly name: string;

  private table(name: string): string {
    return `"${this.schema}".${name}`;
  }

  /** Creates the tables on first use; an older layout is dropped and rebuilt from the ledger. */
  private init(): Promise<void> {
    this.ready ??= (async () => {
      const s = `"${this.schema}"`;
      await this.pool.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
      await this.pool.query(`CREATE TABLE IF NOT EXISTS ${s}.meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
      const version = (await this.pool.query<{ value: string }>(`SELECT value FROM ${s}.meta WHERE key = 'version'`)).rows[0]?.value;
      if (version !== String(VIEW_SCHEMA_VERSION)) {
        await this.pool.query(`DROP TABLE IF EXISTS ${s}.incident_views; DROP TABLE IF EXISTS ${s}.checkpoints;`);
      }
      await this.pool.query(`
        CREATE TABLE IF NOT EXISTS ${s}.incident_views (
          incident_id TEXT PRIMARY KEY, date TEXT NOT NULL, parent_id TEXT,
          place_keys TEXT NOT NULL, source_keys TEXT NOT NULL, search_text TEXT NOT NULL,
          contested INTEGER NOT NULL, grade TEXT NOT NULL, ledger_position BIGINT NOT NULL,
          best_killed INTEGER NOT NULL, best_injured INTEGER NOT NULL, best_missing INTEGER NOT NULL, best_captured INTEGER NOT NULL,
          killed_low INTEGER NOT NULL, killed_high INTEGER NOT NULL, injured_low INTEGER NOT NULL, injured_high INTEGER NOT NULL,
          body JSON NOT NULL);
        CREATE INDEX IF NOT EXISTS incident_views_by_date ON ${s}.incident_views (date DESC, incident_id DESC);
        CREATE INDEX IF NOT EXISTS incident_views_by_parent ON ${s}.incident_views (parent_id);
        CREATE INDEX IF NOT EXISTS incident_views_by_position ON ${s}.incident_views (ledger_position);
        CREATE TABLE IF NOT EXISTS ${s}.checkpoints (name TEXT PRIMARY KEY, position BIGINT NOT NULL);
        INSERT INTO ${s}.meta (key, value) VALUES ('version', '${VIEW_SCHEMA_VERSION}')
          ON CONFLICT (key) DO UPDATE SET value = excluded.value;`);
    })();
    return this.ready;
  }

  async get(incidentId: string): Promise<IncidentView | null> {
    await this.init();
    const { rows } = await this.pool.query<{ body: unknown }>(`SELECT body FROM ${this.table('incident_views')} WHERE incident_id = $1`, [incidentId]);
    return rows[0] ? IncidentViewSchema.parse(rows[0].body) : null;
  }

  async getJson(incidentId: string): Promise<Buffer | null> {
    await this.init();
    const { rows } = await this.pool.query<{ body: string }>(`SELECT body::text AS body FROM ${this.table('incident_views')} WHERE incident_id = $1`, [incidentId]);
    return rows[0] ? Buffer.from(rows[0].body) : null;
  }

  async getMany(incidentIds: string[]): Promise<Map<string, IncidentView>> {
    await this.init();
    if (!incidentIds.length) return new Map();
    const { rows } = await this.pool.query<{ incident_id: string; body: IncidentView }>(
      `SELECT incident_id, body FROM ${this.table('incident_views')} WHERE incident_id = ANY($1)`,
      [incidentIds],
    );
    return new Map(rows.map((r) => [r.incident_id, r.body]));
  }

  async list(query: IncidentQuery): Promise<IncidentPage> {
    return parsePage(await this.listStored(query));
  }

  async listStored(query: IncidentQuery): Promise<StoredPage> {
    await this.init();
    const params: Array<string | number> = [];
    const where = whereOf(query, (v) => `$${params.push(v)}`, true);
    const { rows } = await this.pool.query<{ body: string; date: string; incident_id: string }>(
      `SELECT body::text AS body, date, incident_id FROM ${this.table('incident_views')} ${where} ORDER BY date DESC, incident_id DESC LIMIT $${params.length + 1}`,
      [...params, query.limit + 1],
    );
    const totalParams: Array<string | number> = [];
    const totalWhere = whereOf(query, (v) => `$${totalParams.push(v)}`, false);
    const totals = await this.totals.get(`${totalWhere}|${JSON.stringify(totalParams)}`, await this.checkpoint(), async () =>
      totalsOf((await this.pool.query<TotalsRow>(`SELECT ${TOTALS_COLUMNS} FROM ${this.table('incident_views')} ${totalWhere}`, totalParams)).rows),
    );
    return pageOf(rows.map((r) => ({ ...r, body: Buffer.from(r.body) })), query.limit, totals);
  }

  async childrenOfMany(parentIds: string[]): Promise<Map<string, string[]>> {
    await this.init();
    const found = new Map<string, string[]>();
    if (!parentIds.length) return found;
    const { rows } = await this.pool.query<{ parent_id: string; incident_id: string }>(
      `SELECT parent_id, incident_id FROM ${this.table('incident_views')} WHERE parent_id = ANY($1) ORDER BY incident_id`,
      [parentIds],
    );
    for (const r of rows) found.set(r.parent_id, [...(found.get(r.parent_id) ?? []), r.incident_id]);
    return found;
  }

  async childrenOf(parentId: string): Promise<string[]> {
    await this.init();
    const { rows } = await this.pool.query<{ incident_id: string }>(
      `SELECT incident_id FROM ${this.table('incident_views')} WHERE parent_id = $1 ORDER BY incident_id`,
      [parentId],
    );
    return rows.map((r) => r.incident_id);
  }

  async changedSince(position: number, limit: number): Promise<IncidentView[]> {
    await this.init();
    const { rows } = await this.pool.query<{ body: IncidentView }>(
      `SELECT body FROM ${this.table('incident_views')} WHERE ledger_position > $1 ORDER BY ledger_position LIMIT $2`,
      [position, limit],
    );
    return rows.map((r) => r.body);
  }

  async *scan(batchSize = 500): AsyncIterable<IncidentView[]> {
    await this.init();
    let after = '';
    for (;;) {
      const { rows } = await this.pool.query<{ incident_id: string; body: IncidentView }>(
        `SELECT incident_id, body FROM ${this.table('incident_views')} WHERE incident_id > $1 ORDER BY incident_id LIMIT $2`,
        [after, batchSize],
      );
      if (!rows.length) return;
      after = rows[rows.length - 1].incident_id;
      yield rows.map((r) => r.body);
    }
  }

  async checkpoint(): Promise<number> {
    await this.init();
    const { rows } = await this.pool.query<{ position: string }>(`SELECT position FROM ${this.table('checkpoints')} WHERE name = $1`, [this.name]);
    return rows[0] ? Number(rows[0].position) : 0;
  }

  async commit(views: IncidentView[], checkpoint: number): Promise<void> {
    await this.init();
    await this.transaction(async (client) => {
      // A statement per chunk of views, each column sent as one array: a round trip per view
      // made a replay wait on the network, not on the database.
      for (let from = 0; from < views.length; from += COMMIT_CHUNK) {
        // The rows as one JSON document (the view itself nested as it is): serialised once, no
        // per-value escaping of array literals.
        const rows = views.slice(from, from + COMMIT_CHUNK).map((view) => {
          const c = viewColumns(view);
          return {
            incident_id: c.id, date: c.date, parent_id: c.parentId, place_keys: c.placeKeys, source_keys: c.sourceKeys, search_text: c.searchText,
            contested: c.contested, grade: c.grade, ledger_position: c.position, best_killed: c.bestKilled, best_injured: c.bestInjured,
            best_missing: c.bestMissing, best_captured: c.bestCaptured, killed_low: c.killedLow, killed_high: c.killedHigh,
            injured_low: c.injuredLow, injured_high: c.injuredHigh, body: view,
          } satisfies Record<(typeof COLUMNS)[number], unknown>;
        });
        await client.query(
          `INSERT INTO ${this.table('incident_views')} (${COLUMNS.join(', ')})
           SELECT ${COLUMNS.join(', ')} FROM json_populate_recordset(NULL::${this.table('incident_views')}, $1::json)
           ON CONFLICT (incident_id) DO UPDATE SET ${COLUMNS.slice(1).map((col) => `${col} = excluded.${col}`).join(', ')}`,
          [JSON.stringify(rows)],
        );
      }
      await client.query(
        `INSERT INTO ${this.table('checkpoints')} (name, position) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET position = excluded.position`,
        [this.name, checkpoint],
      );
    });
  }

  async reset(): Promise<void> {
    await this.init();
    await this.transaction(async (client) => {
      await client.query(`DELETE FROM ${this.table('incident_views')}`);
      await client.query(`DELETE FROM ${this.table('checkpoints')} WHERE name = $1`, [this.name]);
    });
  }

  /** Drops the schema (tests use a schema each). */
  async drop(): Promise<void> {
    await this.pool.query(`DROP SCHEMA IF EXISTS "${this.schema}" CASCADE`);
    this.ready = undefined;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  private async transaction(work: (client: PoolClient) => Promise<void>): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await work(client);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}
