import 'reflect-metadata';
import { AddressInfo } from 'node:net';
import { INestApplication } from '@nestjs/common';
import { SingleBar, Presets } from 'cli-progress';
import { Command } from 'commander';
import { AppConfig, loadConfig } from '@app/config';
import { Extractor } from '@app/extraction';
import { importGazetteerFile, nameKey } from '@app/gazetteer';
import { z } from 'zod';
import { ArticleIngestor } from '@app/ingest';
import { CATCH_UP_BATCH_SIZE, IncidentProjector, incidentsAsOf } from '@app/projector';
import { IncidentQuerySchema, ViewStore } from '@app/read-models';
import { openEventStore, openGazetteer, openLedgerAt, openViewStore } from '@app/runtime';
import { EventStore, ledgerDigest, migrateLedger } from '@app/ledger';
import { readArticles, readOneArticle } from './article-files';
import { incidentTable } from './incident-table';

const AsOfSchema = z.iso.datetime({ offset: true, message: '--as-of takes an ISO 8601 time, e.g. 2017-09-29T12:00:00Z' });

function config(): AppConfig {
  return loadConfig(process.env);
}

function progressBar(label: string): SingleBar {
  return new SingleBar({ format: `${label} [{bar}] {value}/{total} {percentage}% | eta {eta}s`, stream: process.stderr }, Presets.shades_classic);
}

/** Opens the configured ledger and view store for one command and closes them after it. */
async function withStores<T>(fn: (stores: { ledger: EventStore; views: ViewStore; cfg: AppConfig }) => Promise<T>): Promise<T> {
  const cfg = config();
  const ledger = openEventStore(cfg);
  const views = openViewStore(cfg);
  try {
    return await fn({ ledger, views, cfg });
  } finally {
    await views.close();
    await ledger.close();
  }
}

const program = new Command()
  .name('incident-ledger')
  .description('An auditable ledger of casualty claims extracted from conflict news.')
  .showHelpAfterError();

program
  .command('serve')
  .description('run ingest, projector and the HTTP api in one process (embedded SQLite by default; Kafka with KAFKA_BROKERS)')
  .option('--services <list>', 'which parts to run: ingest,projector,api', 'ingest,projector,api')
  .action(async (options: { services: string }) => {
    const { startParts, SERVICE_PARTS } = await import('@app/api');
    const parts = options.services.split(',').map((s) => s.trim());
    const unknown = parts.filter((p) => !(SERVICE_PARTS as readonly string[]).includes(p));
    if (unknown.length || !parts.length) throw new Error(`--services takes ${SERVICE_PARTS.join(',')}; got ${options.services}`);
    const cfg = config();
    const app = await startParts(cfg, new Set(parts as Array<(typeof SERVICE_PARTS)[number]>));
    // The port it really got: with PORT=0 the system chooses one.
    const where = parts.includes('api') ? ` listening on http://${cfg.HOST}:${((app as INestApplication).getHttpServer().address() as AddressInfo).port}` : '';
    const kafka = cfg.KAFKA_BROKERS.length ? `, Kafka at ${cfg.KAFKA_BROKERS.join(',')}` : '';
    process.stderr.write(`incident-ledger ${parts.join('+')}${where} (data in ${cfg.DATA_DIR}${kafka})\n`);
  });

program
  .command('produce')
  .argument('<source>', 'a .jsonl file, a .json file, a directory of them, or - for standard input')
  .description('publish articles to articles.v1 (needs KAFKA_BROKERS)')
  .action(async (source: string) => {
    const cfg = config();
    if (!cfg.KAFKA_BROKERS.length) throw new Error('produce needs KAFKA_BROKERS, e.g. KAFKA_BROKERS=127.0.0.1:9092');
    const { ArticleProducer, createKafka, ensureTopics, kafkaTopics } = await import('@app/messaging');
    const kafka = createKafka(cfg.KAFKA_BROKERS, 'incident-ledger-cli');
    const topics = kafkaTopics(cfg.KAFKA_TOPIC_PREFIX);
    await ensureTopics(kafka, topics);
    const { articles, invalid } = await readArticles(source);
    const producer = new ArticleProducer(kafka, topics);
    const bar = progressBar('produce');
    bar.start(articles.length, 0);
    try {
      for (let i = 0; i < articles.length; i += 100) {
        const chunk = articles.slice(i, i + 100);
        await producer.publish(chunk);
        bar.increment(chunk.length);
      }
    } finally {
      bar.stop();
      await producer.close();
    }
    for (const bad of invalid) process.stderr.write(`skipped ${bad.where}: ${bad.reason}\n`);
    process.stdout.write(`${JSON.stringify({ published: articles.length, invalid: invalid.length })}\n`);
    if (invalid.length) process.exitCode = 2;
  });

program
  .command('extract')
  .argument('<file>', 'an article as JSON, or - for standard input')
  .description('print the claims and incidents read from one article; writes nothing')
  .action(async (file: string) => {
    const article = await readOneArticle(file);
    const extraction = new Extractor(openGazetteer(config())).extract(article);
    process.stdout.write(`${JSON.stringify({ articleId: extraction.articleId, claims: extraction.claims, incidents: extraction.incidents }, null, 2)}\n`);
  });

program
  .command('ingest')
  .argument('<source>', 'a .jsonl file (one article a line), a .json file, a directory of them, or - for standard input')
  .description('record articles in the ledger and bring the views up to date')
  .action(async (source: string) => {
    await withStores(async ({ ledger, views, cfg }) => {
      const ingestor = new ArticleIngestor(ledger, new Extractor(openGazetteer(cfg)));
      const projector = new IncidentProjector(ledger, views, 500, undefined, CATCH_UP_BATCH_SIZE);
      const { articles, invalid } = await readArticles(source);
      const bar = progressBar('ingest');
      bar.start(articles.length, 0);
      const counts: Record<string, number> = {};
      // 200 articles a transaction: one fsync each (group commit).
      for (let i = 0; i < articles.length; i += 200) {
        const chunk = articles.slice(i, i + 200);
        for (const outcome of await ingestor.ingestMany(chunk)) {
          const status = outcome.ok ? outcome.result.status : 'failed';
          counts[status] = (counts[status] ?? 0) + 1;
          if (!outcome.ok) process.stderr.write(`not recorded: ${outcome.error.message}\n`);
        }
        bar.increment(chunk.length);
      }
      bar.stop();
      await projector.catchUp();
      for (const bad of invalid) process.stderr.write(`skipped ${bad.where}: ${bad.reason}\n`);
      process.stdout.write(`${JSON.stringify({ read: articles.length + invalid.length, ...counts, invalid: invalid.length })}\n`);
      if (invalid.length) process.exitCode = 2;
    });
  });

program
  .command('incidents')
  .description('list incidents as a table, newest first')
  .option('--place <name>', 'place or admin area (Arabic or English)')
  .option('--from <date>', 'from this day (YYYY-MM-DD)')
  .option('--to <date>', 'up to this day (YYYY-MM-DD)')
  .option('--as-of <time>', 'as known at this moment (ISO 8601), folded from the ledger')
  .option('--limit <n>', 'how many', '50')
  .option('--json', 'print JSON instead of a table')
  .action(async (options: { place?: string; from?: string; to?: string; asOf?: string; limit: string; json?: boolean }) => {
    await withStores(async ({ ledger, views }) => {
      const { json, asOf, ...filters } = options;
      const query = IncidentQuerySchema.parse(filters);
      let items;
      if (asOf) {
        const when = AsOfSchema.parse(asOf);
        const place = query.place ? nameKey(query.place) : undefined;
        items = (await incidentsAsOf(ledger, when))
          .filter((v) => !query.from || v.subject.date >= query.from)
          .filter((v) => !query.to || v.subject.date <= query.to)
          .filter((v) => !place || [v.subject.place.name, v.subject.place.nameEn, v.subject.place.admin1, v.subject.place.id].some((n) => n && nameKey(n).includes(place)))
          .slice(0, query.limit);
      } else {
        await new IncidentProjector(ledger, views, 500, undefined, CATCH_UP_BATCH_SIZE).catchUp();
        items = (await views.list(query)).items;
      }
      process.stdout.write(json ? `${JSON.stringify({ items }, null, 2)}\n` : `${incidentTable(items)}\n`);
    });
  });

program
  .command('replay')
  .description('rebuild the read models from the ledger')
  .action(async () => {
    await withStores(async ({ ledger, views }) => {
      await views.reset();
      const bar = progressBar('replay');
      bar.start(await ledger.headPosition(), 0);
      await new IncidentProjector(ledger, views, 2000, undefined, CATCH_UP_BATCH_SIZE).catchUp((checkpoint) => bar.update(checkpoint));
      bar.stop();
    });
  });

program
  .command('migrate')
  .description('copy every event of one ledger into another, in order (resumable), then verify they are equal')
  .requiredOption('--from <ledger>', 'an SQLite file (e.g. data/ledger.db) or an esdb:// URL')
  .requiredOption('--to <ledger>', 'an SQLite file or an esdb:// URL')
  .action(async (options: { from: string; to: string }) => {
    const source = openLedgerAt(options.from);
    const target = openLedgerAt(options.to);
    try {
      const bar = progressBar('migrate');
      bar.start(await source.headPosition(), 0);
      const result = await migrateLedger(source, target, (p) => bar.update(p.position));
      bar.stop();
      const [a, b] = await Promise.all([ledgerDigest(source), ledgerDigest(target)]);
      const verified = a.digest === b.digest;
      process.stdout.write(`${JSON.stringify({ ...result, source: a, target: b, verified })}\n`);
      if (!verified) process.exitCode = 3;
    } finally {
      await source.close();
      await target.close();
    }
  });

const gazetteer = program.command('gazetteer').description('manage the places the extractor knows');
gazetteer
  .command('import')
  .argument('<file>', 'a P-coded CSV (header: id,name_ar,name_en,alt_names,admin1_ar,…) or a GeoNames dump')
  .description('add an operator gazetteer to the data dir; later starts load it')
  .action((file: string) => {
    const { places, storedAs } = importGazetteerFile(config().DATA_DIR, file);
    process.stdout.write(`imported ${places} places into ${storedAs}\n`);
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`incident-ledger: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
