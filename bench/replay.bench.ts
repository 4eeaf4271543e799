import { mkdtempSync, rmSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Extractor } from '@app/extraction';
import { loadGazetteer } from '@app/gazetteer';
import { ArticleIngestor } from '@app/ingest';
import { SqliteEventStore } from '@app/ledger';
import { CATCH_UP_BATCH_SIZE, IncidentProjector } from '@app/projector';
import { PostgresViewStore, SqliteViewStore, ViewStore } from '@app/read-models';
import { generateNews } from './news';
import { FULL, header, peakRssMb, report, stats } from './harness';

/** Replay of a whole ledger into empty read models, SQLite and PostgreSQL side by side. */
async function main(): Promise<void> {
  header('Replay of the ledger into empty read models');
  const dir = mkdtempSync(join(tmpdir(), 'bench-replay-'));
  const ledger = new SqliteEventStore(join(dir, 'ledger.db'));
  const articles = FULL ? 200_000 : 4_000;
  const ingestor = new ArticleIngestor(ledger, new Extractor(loadGazetteer(null)));
  // In chunks, each on days of its own, so that the corpus never sits in memory whole.
  for (let i = 0; i < articles; i += 1000) {
    const corpus = generateNews(Math.min(1000, articles - i), { seed: 100 + i, firstDay: i }).map((g) => g.article);
    for (let k = 0; k < corpus.length; k += 200) await ingestor.ingestMany(corpus.slice(k, k + 200));
  }
  const events = await ledger.headPosition();
  const bytes = statSync(join(dir, 'ledger.db')).size;
  console.log(`ledger: ${events.toLocaleString('en-US')} events from ${articles.toLocaleString('en-US')} articles, ${(bytes / 1e6).toFixed(1)} MB`);
  // Bytes on disk per claim: the whole file (events, indexes, the articles' own events) over the claims in it.
  const counter = new Database(join(dir, 'ledger.db'), { readonly: true });
  const claims = counter.prepare<[], { n: number }>("SELECT count(*) AS n FROM events WHERE type IN ('ClaimReported', 'CasualtyRevised')").get()?.n ?? 0;
  counter.close();
  console.log(`ledger bytes per claim on disk: ${Math.round(bytes / Math.max(1, claims)).toLocaleString('en-US')} (${claims.toLocaleString('en-US')} claims; ${Math.round(bytes / Math.max(1, events)).toLocaleString('en-US')} bytes per event)`);

  // Baseline: reading the same events raw from the same SQLite file, in the same batches.
  const readRates: number[] = [];
  for (let t = 0; t < 3; t++) {
    const start = process.hrtime.bigint();
    for (let from = 0; ; ) {
      const batch = await ledger.readAll({ fromPosition: from, maxCount: 5000 });
      if (!batch.length) break;
      from = batch[batch.length - 1].position;
    }
    readRates.push(events / (Number(process.hrtime.bigint() - start) / 1e9));
  }
  const baseline = { name: 'raw read of the same events', stats: stats(readRates) };

  const stores: Array<[string, () => ViewStore]> = [['SQLite', () => new SqliteViewStore(join(dir, `views-${Math.random()}.db`))]];
  const pg = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (pg) stores.push(['PostgreSQL', () => new PostgresViewStore(pg, { schema: `bench_${Date.now()}_${Math.floor(Math.random() * 1e6)}` })]);
  else console.log('PostgreSQL: skipped (set TEST_DATABASE_URL)');
  for (const [name, open] of stores) {
    const rates: number[] = [];
    for (let t = 0; t < (FULL ? 2 : 3); t++) {
      const views = open();
      const start = process.hrtime.bigint();
      await new IncidentProjector(ledger, views, 500, undefined, CATCH_UP_BATCH_SIZE).catchUp();
      rates.push(events / (Number(process.hrtime.bigint() - start) / 1e9));
      if (views instanceof PostgresViewStore) await views.drop();
      await views.close();
    }
    report(`replay into ${name}`, stats(rates), 'events/s', baseline, '≥ 50,000/s');
  }
  await ledger.close();
  rmSync(dir, { recursive: true, force: true });
  console.log(`peak RSS: ${peakRssMb()} MB`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
