import { IncidentView } from '@app/domain';
import { IncidentQuerySchema, PostgresViewStore } from '@app/read-models';
import { IncidentProjector } from '../src';
import { embeddedPipeline, revisedSeedBody } from '../../../test/support/pipeline';
import { TEST_DATABASE_URL, describePostgres, freshSchema } from '../../../test/support/postgres';
import { seedArticle, seedBody } from '../../../test/support/seed';
import { tempDirs } from '../../../test/support/temp-dir';

const tempDir = tempDirs();

describePostgres('projecting into PostgreSQL read models', () => {
  it('gives exactly the views of the SQLite projection, and resumes from its checkpoint', async () => {
    const p = embeddedPipeline(tempDir());
    await p.ingestor.ingest(seedArticle());
    await p.ingestor.ingest(seedArticle({ revision: 2, body: revisedSeedBody(seedBody) }));
    await p.projector.catchUp();
    const all = IncidentQuerySchema.parse({ limit: 500 });
    const sqlite = (await p.views.list(all)).items;

    const pg = new PostgresViewStore(TEST_DATABASE_URL, { schema: freshSchema() });
    try {
      // Two projectors one after the other: the second resumes where the first stopped.
      const first = new IncidentProjector(p.ledger, pg, 7);
      await first.projectBatch();
      await first.projectBatch();
      expect(await pg.checkpoint()).toBeGreaterThan(0);
      await new IncidentProjector(p.ledger, pg, 7).catchUp();
      const postgres: IncidentView[] = (await pg.list(all)).items;
      expect(postgres).toEqual(sqlite);
      expect(await pg.checkpoint()).toBe(await p.views.checkpoint());
      expect((await pg.list(all)).totals).toEqual((await p.views.list(all)).totals);
    } finally {
      await pg.drop();
      await pg.close();
      await p.close();
    }
  });
});
