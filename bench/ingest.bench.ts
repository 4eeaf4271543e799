import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Extractor } from '@app/extraction';
import { loadGazetteer } from '@app/gazetteer';
import { ArticleIngestor } from '@app/ingest';
import { SqliteEventStore, StoredEvent } from '@app/ledger';
import { IncidentProjector } from '@app/projector';
import { SqliteViewStore } from '@app/read-models';
import { Article } from '@app/domain';
import { generateNews } from './news';
import { FULL, header, peakRssMb, report, stats } from './harness';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'bench-ingest-'));
}

/** The baseline: the very same events inserted raw into an SQLite table of the same shape, 1,000 per transaction. */
function rawBatchedInsert(events: StoredEvent[]): number {
  const dir = tempDir();
  const db = new Database(join(dir, 'raw.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE events (position INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE, stream TEXT, revision INTEGER, type TEXT, data TEXT, metadata TEXT, created_at TEXT, UNIQUE (stream, revision))');
  const insert = db.prepare('INSERT INTO events (id, stream, revision, type, data, metadata, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const batch = db.transaction((rows: StoredEvent[]) => {
    for (const e of rows) insert.run(e.id, e.stream, e.revision, e.type, JSON.stringify(e.data), JSON.stringify(e.metadata), e.createdAt);
  });
  const start = process.hrtime.bigint();
  for (let i = 0; i < events.length; i += 1000) batch(events.slice(i, i + 1000));
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  db.close();
  rmSync(dir, { recursive: true, force: true });
  return events.length / seconds;
}

/** An extractor whose readings were made beforehand: what is left to time is the ledger's own work. */
function preRead(extractor: Extractor, corpus: Article[]): Extractor {
  const readings = new Map(corpus.map((a) => [`${a.articleId}@${a.revision}`, extractor.extract(a)]));
  return { extract: (a: Article) => readings.get(`${a.articleId}@${a.revision}`) } as unknown as Extractor;
}

async function main(): Promise<void> {
  header('Embedded ingest end to end (article → claims → ledger → views), SQLite');
  const extractor = new Extractor(loadGazetteer(null));
  const n = FULL ? 5000 : 1000;
  const corpus = generateNews(n, { seed: 9, padTo: 3000, englishShare: 0.3 }).map((g) => g.article);
  const incidents = new Set(corpus.flatMap((a) => extractor.extract(a).incidents.map((i) => i.incidentId))).size;
  console.log(`corpus: ${n} articles (${corpus.filter((a) => a.revision > 1).length} revisions), ${incidents} incidents`);
  const articleRates: number[] = [];
  const eventRates: number[] = [];
  const ledgerRates: number[] = [];
  const baselineRates: number[] = [];
  const ledgerBaselineRates: number[] = [];
  // One trial first that is not counted: the first pass through the ingest path pays for compiling
  // it, while the raw insert's few lines are compiled at once, so a cold trial measures the JIT.
  // Then four counted trials at the small size (three before the warm-up was added), five at --full.
  for (let trial = -1; trial < (FULL ? 5 : 4); trial++) {
    const counted = trial >= 0;
    const dir = tempDir();
    const ledger = new SqliteEventStore(join(dir, 'ledger.db'));
    const views = new SqliteViewStore(join(dir, 'views.db'));
    const ingestor = new ArticleIngestor(ledger, extractor);
    const projector = new IncidentProjector(ledger, views, 1000);
    const start = process.hrtime.bigint();
    for (let i = 0; i < corpus.length; i += 200) await ingestor.ingestMany(corpus.slice(i, i + 200));
    await projector.catchUp();
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const events = await ledger.readAll({ maxCount: 10_000_000 });
    if ((await views.list({ outcome: 'killed', limit: 1 })).totals.incidents !== incidents) throw new Error('views are not current');
    if (counted) {
      articleRates.push(n / seconds);
      eventRates.push(events.length / seconds);
      baselineRates.push(rawBatchedInsert(events));
    }
    await views.close();
    await ledger.close();

    // The ledger stage alone: the same articles, read beforehand, decided and appended.
    const ledgerOnly = new SqliteEventStore(join(dir, 'ledger-only.db'));
    const recorder = new ArticleIngestor(ledgerOnly, preRead(extractor, corpus));
    const ledgerStart = process.hrtime.bigint();
    for (let i = 0; i < corpus.length; i += 200) await recorder.ingestMany(corpus.slice(i, i + 200));
    const ledgerRate = events.length / (Number(process.hrtime.bigint() - ledgerStart) / 1e9);
    await ledgerOnly.close();
    if (counted) {
      ledgerRates.push(ledgerRate);
      // The baseline again right after, so that each trial's pair shares the machine's mood.
      ledgerBaselineRates.push(rawBatchedInsert(events));
    }
    rmSync(dir, { recursive: true, force: true });
  }
  const baseline = { name: 'raw batched insert of the same events', stats: stats(baselineRates) };
  report('ingest with views current', stats(articleRates), 'articles/s', undefined, '≥ 500/s');
  report('ledger events written, end to end', stats(eventRates), 'events/s', baseline);
  report('ledger stage alone (decide + append, articles read beforehand)', stats(ledgerRates), 'events/s', baseline, '≥ 0.7× baseline');
  const paired = stats(ledgerRates.map((r, i) => r / ledgerBaselineRates[i]));
  console.log(`  each trial beside a raw insert run right after it: ratio ${paired.median.toFixed(2)}× (min ${paired.min.toFixed(2)}, max ${paired.max.toFixed(2)})`);
  console.log(`peak RSS: ${peakRssMb()} MB`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
