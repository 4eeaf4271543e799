import { join } from 'node:path';
import { articleStream } from '@app/domain';
import { SqliteEventStore, StreamAppend } from '@app/ledger';
import { ArticleIngestor, RevisionConflictError } from '../src';
import { embeddedPipeline, revisedSeedBody, sharedExtractor } from '../../../test/support/pipeline';
import { seedArticle, seedBody } from '../../../test/support/seed';
import { tempDirs } from '../../../test/support/temp-dir';

const tempDir = tempDirs();

describe('ingesting articles into the SQLite ledger', () => {
  it('records the seed article: ten incidents, twenty claims, and its processed revision', async () => {
    const p = embeddedPipeline(tempDir());
    const result = await p.ingestor.ingest(seedArticle());
    expect(result).toMatchObject({ status: 'recorded', claims: 20 });
    expect(result.incidents).toHaveLength(10);
    const all = await p.ledger.readAll({ maxCount: 10_000 });
    expect(all.filter((e) => e.type === 'IncidentOpened')).toHaveLength(10);
    expect(all.filter((e) => e.type === 'ClaimReported')).toHaveLength(20);
    expect(await p.ledger.readStream(articleStream(seedArticle().articleId))).toHaveLength(1);
    expect(all.every((e) => e.metadata.correlationId && e.metadata.causationId && e.metadata.extractor)).toBe(true);
    await p.close();
  });

  it('appends nothing when the same article arrives again', async () => {
    const p = embeddedPipeline(tempDir());
    await p.ingestor.ingest(seedArticle());
    const before = await p.ledger.readAll({ maxCount: 10_000 });
    const again = await p.ingestor.ingest(seedArticle({ fetchedAt: '2017-09-30T00:00:00Z' }));
    expect(again).toMatchObject({ status: 'duplicate', eventsAppended: 0 });
    expect(await p.ledger.readAll({ maxCount: 10_000 })).toEqual(before);
    await p.close();
  });

  it('refuses other content under a revision already recorded', async () => {
    const p = embeddedPipeline(tempDir());
    await p.ingestor.ingest(seedArticle());
    await expect(p.ingestor.ingest(seedArticle({ body: `${seedBody} ` }))).rejects.toBeInstanceOf(RevisionConflictError);
    await p.close();
  });

  it('revises the Eastern Ghouta toll and withdraws the dropped al-Shula claim on revision 2', async () => {
    const p = embeddedPipeline(tempDir());
    await p.ingestor.ingest(seedArticle());
    const result = await p.ingestor.ingest(seedArticle({ revision: 2, body: revisedSeedBody(seedBody) }));
    expect(result.status).toBe('recorded');
    const events = await p.ledger.readAll({ fromPosition: 0, maxCount: 10_000 });
    const revised = events.filter((e) => e.type === 'CasualtyRevised');
    expect(revised).toHaveLength(1);
    expect(revised[0].data).toMatchObject({ reason: 'article_revision', claim: { count: { min: 12, max: 12 } } });
    const withdrawn = events.filter((e) => e.type === 'ClaimWithdrawn');
    expect(withdrawn).toHaveLength(1);
    expect(withdrawn[0].stream).toMatch(/^incident-/);
    // A stale redelivery of revision 1 changes nothing.
    expect((await p.ingestor.ingest(seedArticle())).status).toBe('stale_revision');
    await p.close();
  });

  it('records a batch in one go exactly as one article after another', async () => {
    const articles = [seedArticle(), seedArticle({ fetchedAt: '2017-09-30T00:00:00Z' }), seedArticle({ revision: 2, body: revisedSeedBody(seedBody) })];
    const one = embeddedPipeline(tempDir());
    for (const a of articles) await one.ingestor.ingest(a);
    const batch = embeddedPipeline(tempDir());
    const conflicting = seedArticle({ body: `${seedBody} ` });
    const outcomes = await batch.ingestor.ingestMany([articles[0], articles[1], conflicting, articles[2], conflicting]);
    expect(outcomes.map((o) => (o.ok ? o.result.status : o.error.constructor.name))).toEqual(['recorded', 'duplicate', 'RevisionConflictError', 'recorded', 'stale_revision']);
    const shape = (events: Awaited<ReturnType<typeof one.ledger.readAll>>) => events.map((e) => [e.stream, e.revision, e.id, e.type]).sort();
    expect(shape(await batch.ledger.readAll({ maxCount: 10_000 }))).toEqual(shape(await one.ledger.readAll({ maxCount: 10_000 })));
    await one.close();
    await batch.close();
  });

  it.each(['one by one', 'in batches'])('reads an incident again when another writer changed it after this one remembered it (%s)', async (mode) => {
    const revisions = [seedArticle(), seedArticle({ revision: 2, body: revisedSeedBody(seedBody) }), seedArticle({ revision: 3 })];
    const alone = embeddedPipeline(tempDir());
    for (const article of revisions) await alone.ingestor.ingest(article);

    const dir = tempDir();
    const a = embeddedPipeline(dir);
    const b = embeddedPipeline(dir);
    const record = (p: typeof a, article: (typeof revisions)[number]) =>
      mode === 'one by one' ? p.ingestor.ingest(article) : p.ingestor.ingestMany([article]).then(([o]) => (o.ok ? o.result : Promise.reject(o.error)));
    await record(a, revisions[0]);
    // b revises two of the incidents a remembers; a then records revision 3 over what b wrote.
    await record(b, revisions[1]);
    expect((await record(a, revisions[2])).status).toBe('recorded');

    const shape = (events: Awaited<ReturnType<typeof a.ledger.readAll>>) => events.map((e) => [e.stream, e.revision, e.id, e.type]).sort();
    expect(shape(await a.ledger.readAll({ maxCount: 10_000 }))).toEqual(shape(await alone.ledger.readAll({ maxCount: 10_000 })));
    await Promise.all([alone.close(), a.close(), b.close()]);
  });

  it('writes nothing of a batch that loses a race just before its flush, and says why', async () => {
    const dir = tempDir();
    const other = embeddedPipeline(dir);
    // The real store, with the other writer let in right before this one's first group commit.
    class RacedStore extends SqliteEventStore {
      flushes = 0;
      override async appendMany(appends: StreamAppend[]) {
        if (this.flushes++ === 0) await other.ingestor.ingest(revised);
        return super.appendMany(appends);
      }
    }
    const revised = seedArticle({ revision: 2, body: revisedSeedBody(seedBody) });
    const ledger = new RacedStore(join(dir, 'ledger.db'));
    // Revision 1 loses the race to revision 2: decided again, it is found stale and writes nothing.
    const [outcome] = await new ArticleIngestor(ledger, sharedExtractor()).ingestMany([seedArticle()]);
    expect(outcome.ok && outcome.result.status).toBe('stale_revision');
    // The second attempt found nothing left to write.
    expect(ledger.flushes).toBe(1);
    const alone = embeddedPipeline(tempDir());
    await alone.ingestor.ingest(revised);
    const shape = (events: Awaited<ReturnType<typeof ledger.readAll>>) => events.map((e) => [e.stream, e.revision, e.id, e.type]).sort();
    expect(shape(await ledger.readAll({ maxCount: 10_000 }))).toEqual(shape(await alone.ledger.readAll({ maxCount: 10_000 })));
    await Promise.all([ledger.close(), other.close(), alone.close()]);
  });

  it('lets two writers race on the same article without doubling any event', async () => {
    const dir = tempDir();
    const a = embeddedPipeline(dir);
    const b = embeddedPipeline(dir);
    const results = await Promise.allSettled([a.ingestor.ingest(seedArticle()), b.ingestor.ingest(seedArticle())]);
    expect(results.some((r) => r.status === 'fulfilled')).toBe(true);
    const events = await a.ledger.readAll({ maxCount: 10_000 });
    expect(events.filter((e) => e.type === 'IncidentOpened')).toHaveLength(10);
    expect(events.filter((e) => e.type === 'ClaimReported')).toHaveLength(20);
    await a.close();
    await b.close();
  });
});
