import { AddressInfo } from 'node:net';
import { Pool } from 'pg';
import { loadConfig } from '@app/config';
import { IncidentPage } from '@app/read-models';
import { startServer } from '../src';
import { TEST_DATABASE_URL, describePostgres, freshSchema } from '../../../test/support/postgres';
import { seedArticle } from '../../../test/support/seed';
import { tempDirs } from '../../../test/support/temp-dir';

const tempDir = tempDirs();

describePostgres('the service with DATABASE_URL: views in PostgreSQL', () => {
  it('projects the seed article into PostgreSQL and serves it from there', async () => {
    const schema = freshSchema();
    const app = await startServer(loadConfig({ DATA_DIR: tempDir(), PORT: '0', LOG_LEVEL: 'silent', DATABASE_URL: TEST_DATABASE_URL, DATABASE_SCHEMA: schema }));
    const pool = new Pool({ connectionString: TEST_DATABASE_URL });
    try {
      const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
      const posted = await fetch(`${base}/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(seedArticle()) });
      expect(posted.status).toBe(201);
      const { position } = (await posted.json()) as { position: number };
      for (let i = 0; i < 400; i++) {
        const ready = (await (await fetch(`${base}/readyz`)).json()) as { viewsCheckpoint: number };
        if (ready.viewsCheckpoint >= position) break;
        await new Promise((r) => setTimeout(r, 25));
      }
      const { rows } = await pool.query(`SELECT count(*)::int AS n FROM "${schema}".incident_views`);
      expect(rows[0].n).toBe(10);
      const page = (await (await fetch(`${base}/incidents?limit=100`)).json()) as IncidentPage;
      expect(page.items).toHaveLength(10);
      expect(page.totals.incidents).toBe(10);
    } finally {
      await app.close();
      await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await pool.end();
    }
  });
});
