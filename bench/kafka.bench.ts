import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Extractor } from '@app/extraction';
import { loadGazetteer } from '@app/gazetteer';
import { ArticleIngestor } from '@app/ingest';
import { SqliteEventStore } from '@app/ledger';
import { ArticleConsumer, ArticleProducer, KafkaViewPublisher, createKafka, ensureTopics, kafkaTopics } from '@app/messaging';
import { IncidentProjector } from '@app/projector';
import { SqliteViewStore } from '@app/read-models';
import { generateCorpus } from './corpus';
import { FULL, header, peakRssMb, stats } from './harness';

const brokers = (process.env.KAFKA_BROKERS ?? '').split(',').filter(Boolean);

async function main(): Promise<void> {
  header('Kafka ingest end to end: 2 partitions, 2 ingest instances, local broker');
  if (!brokers.length) {
    console.log('skipped: KAFKA_BROKERS is not set (bash infra/kafka/start.sh; KAFKA_BROKERS=127.0.0.1:9092 npm run bench)');
    return;
  }
  const extractor = new Extractor(loadGazetteer(null));
  const n = FULL ? 5000 : 1000;
  const corpus = generateCorpus(n, { seed: 61, padTo: 3000 }).map((g) => g.article);

  // Baseline in the same run: the embedded ingest of the same articles.
  const embeddedDir = mkdtempSync(join(tmpdir(), 'bench-kafka-'));
  const embeddedLedger = new SqliteEventStore(join(embeddedDir, 'ledger.db'));
  const embedded = new ArticleIngestor(embeddedLedger, extractor);
  let start = process.hrtime.bigint();
  for (let i = 0; i < n; i += 200) await embedded.ingestMany(corpus.slice(i, i + 200));
  const embeddedRate = n / (Number(process.hrtime.bigint() - start) / 1e9);
  await embeddedLedger.close();

  const kafka = createKafka(brokers, 'incident-ledger-bench');
  const topics = kafkaTopics(`bench-${Date.now()}-`);
  await ensureTopics(kafka, topics);
  const dir = mkdtempSync(join(tmpdir(), 'bench-kafka-'));
  const producer = new ArticleProducer(kafka, topics);
  for (let i = 0; i < n; i += 500) await producer.publish(corpus.slice(i, i + 500));
  const ledgers = [new SqliteEventStore(join(dir, 'ledger.db')), new SqliteEventStore(join(dir, 'ledger.db'))];
  const consumers = ledgers.map((ledger) => {
    const ingestor = new ArticleIngestor(ledger, extractor);
    return new ArticleConsumer(kafka, topics, (a) => ingestor.ingest(a), {
      handleMany: async (articles) => (await ingestor.ingestMany(articles)).map((o) => (o.ok ? { ok: true as const } : o)),
    });
  });
  start = process.hrtime.bigint();
  await Promise.all(consumers.map((c) => c.start()));
  const processed = async () => (await ledgers[0].readAll({ maxCount: 10_000_000, streamPrefix: 'article-' })).length;
  while ((await processed()) < n) await new Promise((r) => setTimeout(r, 50));
  const kafkaRate = n / (Number(process.hrtime.bigint() - start) / 1e9);
  console.log(`throughput: ${Math.round(kafkaRate).toLocaleString('en-US')} articles/s over Kafka (from a backlog of ${n}, group join included) | embedded ${Math.round(embeddedRate).toLocaleString('en-US')} articles/s | ratio ${(kafkaRate / embeddedRate).toFixed(2)}× | target ≥ 0.8×`);

  // Latency at a steady 100 articles/s: published → its incident's view on incident-views.v1.
  const views = new SqliteViewStore(join(dir, 'views.db'));
  const projector = new IncidentProjector(ledgers[0], views, 500, new KafkaViewPublisher(kafka, topics));
  await projector.catchUp();
  projector.start();
  const steady = generateCorpus(FULL ? 3000 : 500, { seed: 62 }).map((g) => ({ ...g.article, articleId: `steady-${g.article.articleId}` }));
  const incidentOf = new Map(steady.map((a) => [extractor.extract(a).incidents[0].incidentId, a.articleId]));
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  const reader = kafka.consumer({ groupId: `${topics.ingestGroup}-latency` });
  await reader.connect();
  await reader.subscribe({ topic: topics.views.topic, fromBeginning: false });
  await reader.run({
    eachMessage: async ({ message }) => {
      const article = incidentOf.get(String(message.key));
      const sent = article ? sentAt.get(article) : undefined;
      if (sent !== undefined) {
        latencies.push(Date.now() - sent);
        sentAt.delete(article as string);
      }
    },
  });
  await new Promise((r) => setTimeout(r, 3000));
  for (const article of steady) {
    const next = Date.now() + 10;
    sentAt.set(article.articleId, Date.now());
    await producer.publish([article]);
    await new Promise((r) => setTimeout(r, Math.max(0, next - Date.now())));
  }
  const deadline = Date.now() + 30_000;
  while (latencies.length < steady.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  const sorted = [...latencies].sort((a, b) => a - b);
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  const s = stats(latencies);
  console.log(`latency at 100 articles/s: p50 ${pct(0.5)} ms, p99 ${pct(0.99)} ms (min ${s.min}, max ${s.max}; ${latencies.length}/${steady.length} views seen) | target p99 ≤ 250 ms`);

  await reader.disconnect();
  await projector.stop();
  await Promise.all(consumers.map((c) => c.stop()));
  await producer.close();
  await views.close();
  for (const l of ledgers) await l.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(embeddedDir, { recursive: true, force: true });
  console.log(`peak RSS: ${peakRssMb()} MB`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
