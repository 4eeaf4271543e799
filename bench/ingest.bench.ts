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
import { generateCorpus } from './corpus';
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

async function main(): Promise<void> {
  header('Embedded ingest end to end (article → claims → ledger → views), SQLite');
  const extractor = new Extractor(loadGazetteer(null));
  const n = FULL ? 5000 : 1000;
  const corpus = generateCorpus(n, { seed: 9, padTo: 3000, englishShare: 0.3 }).map((g) => g.article);
  const articleRates: number[] = [];
  const eventRates: number[] = [];
  const baselineRates: number[] = [];
  for (let trial = 0; trial < 3; trial++) {
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
    if ((await views.list({ outcome: 'killed', limit: 1 })).totals.incidents !== n) throw new Error('views are not current');
    articleRates.push(n / seconds);
    eventRates.push(events.length / seconds);
    baselineRates.push(rawBatchedInsert(events));
    await views.close();
    await ledger.close();
    rmSync(dir, { recursive: true, force: true });
  }
  report('ingest with views current', stats(articleRates), 'articles/s', undefined, '≥ 500/s');
  report('ledger events written', stats(eventRates), 'events/s', { name: 'raw batched insert of the same events', stats: stats(baselineRates) }, '≥ 0.7× baseline');
  console.log(`peak RSS: ${peakRssMb()} MB`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
