import { INCIDENT_STREAM_PREFIX, IncidentView } from '@app/domain';
import { IncidentQuerySchema, SqliteViewStore, ViewStore } from '@app/read-models';
import { join } from 'node:path';
import { IncidentProjector } from '../src';
import { embeddedPipeline, revisedSeedBody } from '../../../test/support/pipeline';
import { seedArticle, seedBody } from '../../../test/support/seed';
import { tempDirs } from '../../../test/support/temp-dir';

const tempDir = tempDirs();

async function allViews(views: ViewStore): Promise<IncidentView[]> {
  return (await views.list(IncidentQuerySchema.parse({ limit: 500 }))).items;
}

describe('projecting the ledger into incident views', () => {
  it('folds the seed article into ten views with contested and preliminary figures', async () => {
    const p = embeddedPipeline(tempDir());
    const { position } = await p.ingestor.ingest(seedArticle());
    await p.projector.catchUp();
    expect(await p.views.checkpoint()).toBe(position);
    const views = await allViews(p.views);
    expect(views).toHaveLength(10);
    const sukhnah = views.find((v) => v.subject.place.name === 'السخنة');
    expect(sukhnah?.figures.find((f) => f.outcome === 'killed')).toMatchObject({ low: 70, high: 100, highOpen: true, contested: true });
    const region = views.find((v) => v.subject.place.precision === 5);
    expect(region?.figures.find((f) => f.outcome === 'killed')).toMatchObject({ best: 9, preliminary: true });
    for (const childId of region?.childIds ?? []) {
      expect(views.find((v) => v.incidentId === childId)?.subject.parentId).toBe(region?.incidentId);
    }
    expect(region?.childIds.length).toBeGreaterThan(0);
    await p.close();
  });

  it('rebuilds exactly the live views on a replay into empty read models', async () => {
    const p = embeddedPipeline(tempDir());
    await p.ingestor.ingest(seedArticle());
    await p.ingestor.ingest(seedArticle({ revision: 2, body: revisedSeedBody(seedBody) }));
    await p.projector.catchUp();
    const live = await allViews(p.views);
    const rebuilt = new SqliteViewStore(join(tempDir(), 'rebuilt.db'));
    await new IncidentProjector(p.ledger, rebuilt, 1000).catchUp();
    expect(await allViews(rebuilt)).toEqual(live);
    await rebuilt.close();
    await p.close();
  });

  it('resumes from its checkpoint after a crash mid-way, applying no event twice', async () => {
    const dir = tempDir();
    const p = embeddedPipeline(dir);
    await p.ingestor.ingest(seedArticle());
    // The process dies on its third commit: nothing of that batch is saved.
    let commits = 0;
    const crashing: ViewStore = Object.create(p.views, {
      commit: {
        value: async (views: IncidentView[], checkpoint: number) => {
          if (++commits === 3) throw new Error('killed');
          return p.views.commit(views, checkpoint);
        },
      },
    });
    await expect(new IncidentProjector(p.ledger, crashing, 7).catchUp()).rejects.toThrow('killed');
    const checkpointAfterCrash = await p.views.checkpoint();
    expect(checkpointAfterCrash).toBeGreaterThan(0);
    await p.projector.catchUp();
    const resumed = await allViews(p.views);
    const clean = new SqliteViewStore(join(dir, 'clean.db'));
    await new IncidentProjector(p.ledger, clean, 500).catchUp();
    expect(resumed).toEqual(await allViews(clean));
    for (const view of resumed) expect(view.history.length).toBe(new Set(view.history.map((h) => h.revision)).size);
    await clean.close();
    await p.close();
  });

  it("reads only incidents' events, and still moves its checkpoint past articles that report none", async () => {
    const p = embeddedPipeline(tempDir());
    await p.ingestor.ingest(seedArticle());
    // An article with no casualty appends only its own ArticleProcessed event, after the seed's.
    const quiet = await p.ingestor.ingest(seedArticle({ articleId: 'quiet-1', url: 'https://example.org/quiet', body: 'افتتح المعرض الدولي للكتاب في دمشق اليوم بمشاركة واسعة.' }));
    const projector = new IncidentProjector(p.ledger, p.views, 4);
    const read = await projector.catchUp();
    const incidentEvents = (await p.ledger.readAll({ maxCount: 10_000, streamPrefix: INCIDENT_STREAM_PREFIX })).length;
    expect(read).toBe(incidentEvents);
    expect(incidentEvents).toBeLessThan(quiet.position);
    expect(await p.views.checkpoint()).toBe(quiet.position);
    expect(await p.ledger.headPosition()).toBe(quiet.position);
    expect(await allViews(p.views)).toHaveLength(10);
    expect(await projector.projectBatch()).toBe(0);
    await p.close();
  });

  it('follows new appends while running', async () => {
    const p = embeddedPipeline(tempDir());
    p.projector.start();
    const { position } = await p.ingestor.ingest(seedArticle());
    expect(await p.projector.waitFor(position, 5000)).toBe(true);
    expect(await allViews(p.views)).toHaveLength(10);
    await p.close();
  });
});
