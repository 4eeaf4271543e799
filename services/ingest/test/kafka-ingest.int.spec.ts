import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kafka } from 'kafkajs';
import { Article, IncidentViewSchema } from '@app/domain';
import { EventStore, SqliteEventStore } from '@app/ledger';
import { ArticleConsumer, DLQ_HEADERS, KafkaTopics, KafkaViewPublisher } from '@app/messaging';
import { IncidentProjector } from '@app/projector';
import { generateCorpus } from '../../../bench/corpus';
import { KAFKA_BROKERS, describeKafka, eventually, freshTopics, kcatConsume, kcatProduceFiles, kcatProduceLines, testKafka } from '../../../test/support/kafka';
import { embeddedPipeline, sharedExtractor } from '../../../test/support/pipeline';
import { seedArticle } from '../../../test/support/seed';
import { ServiceProcess } from '../../../bench/service-process';
import { tempDirs } from '../../../test/support/temp-dir';
import { ArticleIngestor, ExtractionFailedError } from '../src';

const tempDir = tempDirs();
const ROOT = join(__dirname, '../../..');

/** Every stream's events in order, without the time they were recorded: what "the same ledger" means. */
async function fingerprint(store: EventStore): Promise<Map<string, string[]>> {
  const streams = new Map<string, string[]>();
  let from = 0;
  for (;;) {
    const batch = await store.readAll({ fromPosition: from, maxCount: 5000 });
    if (!batch.length) break;
    for (const e of batch) {
      const { recordedAt: _ignored, ...data } = e.data as { recordedAt?: string };
      void _ignored;
      const list = streams.get(e.stream) ?? [];
      if (e.revision !== list.length) throw new Error(`gap in ${e.stream} at revision ${e.revision}`);
      list.push(`${e.id} ${e.type} ${JSON.stringify(data)}`);
      streams.set(e.stream, list);
    }
    from = batch[batch.length - 1].position;
  }
  return streams;
}

async function processedArticles(store: EventStore): Promise<number> {
  return (await store.readAll({ maxCount: 1_000_000, streamPrefix: 'article-' })).length;
}

/** The ledger one embedded ingestor writes from the same articles, in order. */
async function cleanLedger(articles: Article[]): Promise<Map<string, string[]>> {
  const p = embeddedPipeline(tempDir());
  for (const article of articles) await p.ingestor.ingest(article);
  const result = await fingerprint(p.ledger);
  await p.close();
  return result;
}

describeKafka('Kafka in and out: articles.v1 → ledger → incident-views.v1', () => {
  let kafka: Kafka;
  const running: Array<{ stop: () => Promise<void> }> = [];

  beforeAll(() => {
    kafka = testKafka();
  });
  afterEach(async () => {
    for (const r of running.splice(0)) await r.stop().catch(() => undefined);
  }, 60_000);

  /** An ingest instance: a real consumer in the group, feeding an ingestor over a real SQLite file. */
  async function ingestInstance(topics: KafkaTopics, dir: string, options: { handle?: (a: Article, ingest: ArticleIngestor) => Promise<unknown>; maxAttempts?: number } = {}) {
    const ledger = new SqliteEventStore(join(dir, 'ledger.db'));
    const ingestor = new ArticleIngestor(ledger, sharedExtractor());
    const consumer = new ArticleConsumer(kafka, topics, (a) => (options.handle ? options.handle(a, ingestor) : ingestor.ingest(a)), {
      maxAttempts: options.maxAttempts ?? 3,
      retryDelayMs: 50,
      // Without a test handler, runs of messages go through the group-commit path as in production.
      handleMany: options.handle ? undefined : async (articles) => (await ingestor.ingestMany(articles)).map((o) => (o.ok ? { ok: true as const } : o)),
    });
    const joined = consumer.joined();
    await consumer.start();
    await joined;
    const instance = { ledger, consumer, stop: async () => { await consumer.stop(); await ledger.close(); } };
    running.push(instance);
    return instance;
  }

  it('takes an article produced by kcat into the ledger and publishes its views for kcat to read', async () => {
    const topics = await freshTopics(kafka);
    const dir = tempDir();
    const { ledger } = await ingestInstance(topics, dir);
    const p = embeddedPipeline(dir);
    const projector = new IncidentProjector(p.ledger, p.views, 500, new KafkaViewPublisher(kafka, topics));
    projector.start();
    running.push({ stop: async () => { await projector.stop(); await p.close(); } });

    kcatProduceLines(topics.articles.topic, [{ key: seedArticle().articleId, value: JSON.stringify(seedArticle()) }]);
    await eventually(() => processedArticles(ledger), (n) => n === 1, 30_000, 'the article in the ledger');

    const views = await eventually(
      () => kcatConsume(topics.views.topic),
      (messages) => new Set(messages.map((m) => m.key)).size === 10,
      30_000,
      'ten views on the topic',
    );
    for (const { key, value } of views) {
      const view = IncidentViewSchema.parse(JSON.parse(value));
      expect(view.incidentId).toBe(key);
    }
  });

  it('appends nothing for a duplicated or redelivered article, and commits offsets after the append', async () => {
    const topics = await freshTopics(kafka);
    const { ledger } = await ingestInstance(topics, tempDir());
    const article = JSON.stringify(seedArticle());
    kcatProduceLines(topics.articles.topic, [{ key: 'seed', value: article }]);
    await eventually(() => processedArticles(ledger), (n) => n === 1, 30_000, 'first delivery');
    const before = await fingerprint(ledger);
    kcatProduceLines(topics.articles.topic, [
      { key: 'seed', value: article },
      { key: 'seed', value: JSON.stringify({ ...seedArticle(), fetchedAt: '2017-10-01T00:00:00Z' }) },
    ]);
    const admin = kafka.admin();
    await admin.connect();
    const committed = async () =>
      (await admin.fetchOffsets({ groupId: topics.ingestGroup, topics: [topics.articles.topic] }))[0].partitions.reduce((n, p) => n + Math.max(0, Number(p.offset)), 0);
    await eventually(committed, (n) => n === 3, 30_000, 'three committed offsets');
    await admin.disconnect();
    expect(await fingerprint(ledger)).toEqual(before);
  });

  it('dead-letters bad input with its original bytes and the reason, and goes on consuming', async () => {
    const topics = await freshTopics(kafka);
    const dir = tempDir();
    const { ledger } = await ingestInstance(topics, dir, {
      handle: async (a, ingest) => {
        if (a.articleId === 'extractor-breaks') throw new ExtractionFailedError('extractor failed on purpose');
        return ingest.ingest(a);
      },
    });
    const files = {
      notUtf8: join(dir, 'not-utf8.bin'),
      notJson: join(dir, 'not-json.txt'),
      schema: join(dir, 'schema.json'),
      tooLarge: join(dir, 'too-large.json'),
      breaks: join(dir, 'breaks.json'),
      good: join(dir, 'good.json'),
    };
    writeFileSync(files.notUtf8, Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]));
    writeFileSync(files.notJson, '{"articleId": "half');
    writeFileSync(files.schema, JSON.stringify({ ...seedArticle(), articleId: 'bad-date', publishedAt: 'yesterday' }));
    writeFileSync(files.tooLarge, JSON.stringify({ ...seedArticle(), articleId: 'huge', body: 'ا'.repeat(1_000_001) }));
    writeFileSync(files.breaks, JSON.stringify({ ...seedArticle(), articleId: 'extractor-breaks' }));
    writeFileSync(files.good, JSON.stringify(seedArticle()));
    kcatProduceFiles(topics.articles.topic, Object.entries(files).map(([key, path]) => ({ key, path })));

    await eventually(() => processedArticles(ledger), (n) => n === 1, 60_000, 'the good article after the bad ones');
    const dlq = kafka.consumer({ groupId: `${topics.ingestGroup}-dlq-reader` });
    const letters: Array<{ key: string; value: Buffer; reason: string; detail: string }> = [];
    await dlq.connect();
    await dlq.subscribe({ topic: topics.deadLetters.topic, fromBeginning: true });
    await dlq.run({
      eachMessage: async ({ message }) => {
        letters.push({
          key: String(message.key),
          value: message.value as Buffer,
          reason: String(message.headers?.[DLQ_HEADERS.reason]),
          detail: String(message.headers?.[DLQ_HEADERS.detail]),
        });
      },
    });
    await eventually(() => letters.length, (n) => n === 5, 30_000, 'five dead letters');
    await dlq.disconnect();
    const byKey = Object.fromEntries(letters.map((l) => [l.key, l]));
    expect(byKey.notUtf8.reason).toBe('not_utf8');
    expect(byKey.notUtf8.value.equals(Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]))).toBe(true);
    expect(byKey.notJson.reason).toBe('invalid_json');
    expect(byKey.schema.reason).toBe('schema_violation');
    expect(JSON.parse(byKey.schema.detail)[0].path).toEqual(['publishedAt']);
    expect(byKey.tooLarge.reason).toBe('body_too_large');
    expect(byKey.breaks.reason).toBe('extractor_failure');
  }, 120_000);

  it('retries a transient failure with backoff, and dead-letters it when it keeps failing', async () => {
    const topics = await freshTopics(kafka);
    const attempts: Record<string, number> = {};
    const { ledger } = await ingestInstance(topics, tempDir(), {
      maxAttempts: 3,
      handle: async (a, ingest) => {
        attempts[a.articleId] = (attempts[a.articleId] ?? 0) + 1;
        if (a.articleId === 'flaky' && attempts[a.articleId] < 3) throw Object.assign(new Error('ledger busy'), { code: 'LEDGER_UNAVAILABLE' });
        if (a.articleId === 'down') throw Object.assign(new Error('ledger down'), { code: 'LEDGER_UNAVAILABLE' });
        return ingest.ingest(a);
      },
    });
    kcatProduceLines(topics.articles.topic, ['flaky', 'down', 'after'].map((id) => ({ key: 'same-partition', value: JSON.stringify({ ...seedArticle(), articleId: id }) })));
    await eventually(() => processedArticles(ledger), (n) => n === 2, 30_000, 'flaky and after recorded');
    expect(attempts).toEqual({ flaky: 3, down: 3, after: 1 });
    const letters = await eventually(() => kcatConsume(topics.deadLetters.topic), (m) => m.length === 1, 30_000, 'one dead letter');
    expect(JSON.parse(letters[0].value).articleId).toBe('down');
  });

  it('splits the partitions between two instances and, across a rebalance, records what one instance records', async () => {
    const topics = await freshTopics(kafka);
    const corpus = generateCorpus(300, { seed: 21 }).map((g) => g.article);
    const dir = tempDir();
    const first = await ingestInstance(topics, dir);
    kcatProduceLines(topics.articles.topic, corpus.map((a) => ({ key: a.articleId, value: JSON.stringify(a) })));
    await eventually(() => processedArticles(first.ledger), (n) => n >= 60, 60_000, 'a first part processed');
    await ingestInstance(topics, dir); // joins mid-way: the group rebalances
    await eventually(() => processedArticles(first.ledger), (n) => n === 300, 120_000, 'all 300 articles');
    expect(await fingerprint(first.ledger)).toEqual(await cleanLedger(corpus));
  }, 200_000);

  it('survives SIGKILL of the ingest process mid-batch: the restart leaves the ledger of a clean run', async () => {
    const topics = await freshTopics(kafka);
    const corpus = generateCorpus(1000, { seed: 31 }).map((g) => g.article);
    const dataDir = tempDir();
    const env = { ...process.env, KAFKA_BROKERS: KAFKA_BROKERS.join(','), KAFKA_TOPIC_PREFIX: topics.articles.topic.replace('articles.v1', ''), DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
    const start = (): ServiceProcess => {
      const service = new ServiceProcess(['--services', 'ingest'], env);
      running.push(service);
      return service;
    };

    kcatProduceLines(topics.articles.topic, corpus.map((a) => ({ key: a.articleId, value: JSON.stringify(a) })));
    const ledger = new SqliteEventStore(join(dataDir, 'ledger.db'));
    running.push({ stop: () => ledger.close() });
    const first = start();
    await eventually(() => processedArticles(ledger), (n) => n >= 150, 120_000, 'part of the batch', first);
    await first.stop('SIGKILL');
    const atKill = await processedArticles(ledger);
    expect(atKill).toBeLessThan(1000);

    const second = start();
    await eventually(() => processedArticles(ledger), (n) => n === 1000, 180_000, 'all 1,000 articles after the restart', second);
    expect(await fingerprint(ledger)).toEqual(await cleanLedger(corpus));
  }, 400_000);

  it('publishes with the CLI produce command, and serves POST /articles through Kafka with 202', async () => {
    const topics = await freshTopics(kafka);
    const dataDir = tempDir();
    const prefix = topics.articles.topic.replace('articles.v1', '');
    const env = { ...process.env, KAFKA_BROKERS: KAFKA_BROKERS.join(','), KAFKA_TOPIC_PREFIX: prefix, DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
    const file = join(tempDir(), 'articles.jsonl');
    writeFileSync(file, generateCorpus(20, { seed: 41 }).map((g) => JSON.stringify(g.article)).join('\n'));
    const produced = spawnSync(process.execPath, [join(ROOT, 'bin/incident-ledger.js'), 'produce', file], { env, encoding: 'utf8' });
    expect(produced.status).toBe(0);
    expect(JSON.parse(produced.stdout)).toEqual({ published: 20, invalid: 0 });
    expect(kcatConsume(topics.articles.topic)).toHaveLength(20);

    const server = new ServiceProcess([], env);
    running.push(server);
    const base = await server.listening();
    await eventually(() => fetch(`${base}/healthz`).then((r) => r.ok, () => false), (ok) => ok, 30_000, 'the server', server);
    const response = await fetch(`${base}/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(seedArticle()) });
    expect(response.status).toBe(202);
    expect(await response.json()).toMatchObject({ status: 'accepted', topic: topics.articles.topic });
    const views = await eventually(
      () => kcatConsume(topics.views.topic),
      (m) => new Set(m.map((x) => x.key)).size === 30,
      60_000,
      '20 + 10 incident views',
      server,
    );
    expect(views.every((m) => IncidentViewSchema.safeParse(JSON.parse(m.value)).success)).toBe(true);
  }, 120_000);

  const restartable = process.env.KAFKA_CONTROL === 'infra';
  (restartable ? it : it.skip)('pauses while the broker is down and loses nothing when it is back', async () => {
    const topics = await freshTopics(kafka);
    const dir = tempDir();
    const { ledger } = await ingestInstance(topics, dir);
    const p = embeddedPipeline(dir);
    const projector = new IncidentProjector(p.ledger, p.views, 50, new KafkaViewPublisher(kafka, topics));
    projector.start();
    running.push({ stop: async () => { await projector.stop(); await p.close(); } });
    const corpus = generateCorpus(201, { seed: 51 }).map((g) => g.article);
    const [before, during, after] = [corpus.slice(0, 100), corpus[100], corpus.slice(101)];
    kcatProduceLines(topics.articles.topic, before.map((a) => ({ key: a.articleId, value: JSON.stringify(a) })));
    await eventually(() => kcatConsume(topics.views.topic), (m) => new Set(m.map((x) => x.key)).size === 100, 60_000, 'the first 100 views');

    const infra = join(ROOT, 'infra/kafka');
    expect(spawnSync('bash', [join(infra, 'stop.sh')], { encoding: 'utf8' }).status).toBe(0);
    try {
      // While the broker is away the ledger moves on (an article over HTTP): the projector cannot
      // publish that view, so it must not commit it either.
      await p.ingestor.ingest(during);
      await new Promise((r) => setTimeout(r, 3000));
      expect(await p.views.checkpoint()).toBeLessThan(await p.ledger.headPosition());
    } finally {
      expect(spawnSync('bash', [join(infra, 'start.sh')], { encoding: 'utf8' }).status).toBe(0);
    }

    kcatProduceLines(topics.articles.topic, after.map((a) => ({ key: a.articleId, value: JSON.stringify(a) })));
    await eventually(() => processedArticles(ledger), (n) => n === 201, 180_000, 'all 201 articles after the outage');
    await eventually(() => kcatConsume(topics.views.topic), (m) => new Set(m.map((x) => x.key)).size === 201, 180_000, '201 views published');
    expect(await fingerprint(ledger)).toEqual(await cleanLedger([...before, during, ...after]));
  }, 400_000);
});
