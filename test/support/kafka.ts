import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Kafka } from 'kafkajs';
import { KafkaTopics, createKafka, ensureTopics, kafkaTopics } from '@app/messaging';

/** The broker the Kafka tests talk to; unset, they are skipped (and say so). */
export const KAFKA_BROKERS = (process.env.KAFKA_BROKERS ?? '').split(',').map((b) => b.trim()).filter(Boolean);

export const describeKafka: jest.Describe = KAFKA_BROKERS.length ? describe : describe.skip;

if (!KAFKA_BROKERS.length) {
  // Printed by jest beside the suite: the skipped tests are not a silent pass.
  console.warn('KAFKA_BROKERS is not set: the Kafka tests are skipped. Start a broker with infra/kafka/start.sh and run KAFKA_BROKERS=127.0.0.1:9092 npm test.');
}

/** Topics of their own for one test, so tests on the same broker never see each other's messages. */
export async function freshTopics(kafka: Kafka): Promise<KafkaTopics> {
  const topics = kafkaTopics(`t-${randomBytes(4).toString('hex')}-`);
  await ensureTopics(kafka, topics);
  return topics;
}

export function testKafka(): Kafka {
  return createKafka(KAFKA_BROKERS, `incident-ledger-test-${randomBytes(3).toString('hex')}`);
}

const KCAT_LIMITS = ['-X', 'message.max.bytes=9000000'];

/** Produces with kcat, an outside client: each file becomes one message, bytes as they are. */
export function kcatProduceFiles(topic: string, files: Array<{ key: string; path: string }>): void {
  for (const { key, path } of files) {
    const result = spawnSync('kcat', ['-b', KAFKA_BROKERS[0], ...KCAT_LIMITS, '-P', '-t', topic, '-k', key, path], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`kcat produce failed: ${result.stderr}`);
  }
}

/** Produces JSON-lines with kcat (one message a line, keyed "key<TAB>value"). */
export function kcatProduceLines(topic: string, messages: Array<{ key: string; value: string }>): void {
  const input = messages.map((m) => `${m.key}\t${m.value}`).join('\n') + '\n';
  const result = spawnSync('kcat', ['-b', KAFKA_BROKERS[0], ...KCAT_LIMITS, '-P', '-t', topic, '-K', '\t'], { input, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`kcat produce failed: ${result.stderr}`);
}

/** Reads a whole topic with kcat: key and value of every message, oldest first. */
export function kcatConsume(topic: string): Array<{ key: string; value: string }> {
  const result = spawnSync('kcat', ['-b', KAFKA_BROKERS[0], ...KCAT_LIMITS, '-C', '-t', topic, '-o', 'beginning', '-e', '-q', '-f', '%k\t%s\n'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: 60_000,
  });
  if (result.status !== 0) throw new Error(`kcat consume failed: ${result.stderr}`);
  return result.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const tab = line.indexOf('\t');
      return { key: line.slice(0, tab), value: line.slice(tab + 1) };
    });
}

/** A process the wait depends on: when it dies or the wait times out, what it printed is the clue. */
interface Watched {
  readonly exited: boolean;
  tail(): string;
}

export async function eventually<T>(read: () => Promise<T> | T, done: (value: T) => boolean, timeoutMs = 60_000, what = 'condition', watched?: Watched): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  const output = () => (watched ? `; the process printed:\n${watched.tail()}` : '');
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (watched?.exited) throw new Error(`the process exited while waiting for ${what}${output()}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
