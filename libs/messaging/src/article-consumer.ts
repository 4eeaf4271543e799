import { Consumer, EachBatchPayload, IHeaders, Kafka, KafkaMessage, Producer } from 'kafkajs';
import { Article, ArticleSchema, MAX_BODY_CHARS } from '@app/domain';
import { DLQ_HEADERS, KafkaTopics } from './topics';

/** Why a message went to the dead-letter topic. */
export type DeadLetterReason =
  | 'empty'
  | 'body_too_large'
  | 'not_utf8'
  | 'invalid_json'
  | 'schema_violation'
  | 'extractor_failure'
  | 'revision_conflict'
  | 'retries_exhausted';

/** Errors whose code says retrying cannot help; everything else is retried, a bounded number of times. */
const PERMANENT: Record<string, DeadLetterReason> = {
  EXTRACTION_FAILED: 'extractor_failure',
  REVISION_CONFLICT: 'revision_conflict',
};

export type ArticleConsumerOptions = {
  groupId?: string;
  /** Largest message accepted; an article body is at most 1,000,000 characters of up to 4 bytes. */
  maxMessageBytes?: number;
  /** Attempts for a transiently failing message before it is dead-lettered. */
  maxAttempts?: number;
  /** First retry delay; it doubles on every further attempt. */
  retryDelayMs?: number;
  /** Commit at least this often (messages); the batch end always commits. */
  commitEvery?: number;
  onProcessed?: (event: { article: Article; partition: number; offset: string }) => void;
  /**
   * Records several articles at once (e.g. one ledger transaction for all): each slot says whether
   * its article was recorded. Used for runs of valid messages; a run that throws is processed again
   * one message at a time, with the usual retries.
   */
  handleMany?: (articles: Article[]) => Promise<Array<{ ok: true } | { ok: false; error: Error }>>;
  /** Most messages given to `handleMany` at once. */
  manyAtOnce?: number;
  onDeadLetter?: (event: { reason: DeadLetterReason; detail: string; partition: number; offset: string }) => void;
};

type Outcome = { ok: true } | { ok: false; reason: DeadLetterReason; detail: string; attempts: number };

/**
 * Consumes `articles.v1` with kafkajs: at-least-once in, exactly-once in effect. A message's offset
 * is committed only after its article is in the ledger (or its dead letter is acknowledged), and
 * the handler is idempotent, so a redelivery after a crash or a rebalance appends nothing.
 * Processing heartbeats between messages and retries, so slow work does not cost the partition.
 */
export class ArticleConsumer {
  private readonly consumer: Consumer;
  private readonly producer: Producer;
  private readonly options: Required<Omit<ArticleConsumerOptions, 'onProcessed' | 'onDeadLetter' | 'handleMany'>> & ArticleConsumerOptions;

  constructor(
    kafka: Kafka,
    private readonly topics: KafkaTopics,
    private readonly handle: (article: Article) => Promise<unknown>,
    options: ArticleConsumerOptions = {},
  ) {
    this.options = {
      groupId: topics.ingestGroup,
      maxMessageBytes: 4 * MAX_BODY_CHARS + 64 * 1024,
      maxAttempts: 5,
      retryDelayMs: 200,
      commitEvery: 100,
      manyAtOnce: 200,
      ...options,
    };
    this.consumer = kafka.consumer({
      groupId: this.options.groupId,
      sessionTimeout: 30000,
      heartbeatInterval: 3000,
      maxBytesPerPartition: 8 * 1024 * 1024,
      retry: { initialRetryTime: 300, maxRetryTime: 5000, retries: 10 },
    });
    this.producer = kafka.producer({ allowAutoTopicCreation: false, idempotent: true, maxInFlightRequests: 1 });
  }

  async start(): Promise<void> {
    await this.producer.connect();
    await this.consumer.connect();
    await this.consumer.subscribe({ topic: this.topics.articles.topic, fromBeginning: true });
    await this.consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      eachBatch: (payload) => this.eachBatch(payload),
    });
  }

  async stop(): Promise<void> {
    await this.consumer.disconnect();
    await this.producer.disconnect();
  }

  /** Resolves once the group has assigned this instance its partitions. */
  async joined(timeoutMs = 30000): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no group join in time')), timeoutMs);
      const off = this.consumer.on(this.consumer.events.GROUP_JOIN, () => {
        clearTimeout(timer);
        off();
        resolve();
      });
    });
  }

  private async eachBatch({ batch, resolveOffset, heartbeat, isRunning, isStale }: EachBatchPayload): Promise<void> {
    let uncommitted = 0;
    let last: string | undefined;
    const commit = async () => {
      if (last === undefined) return;
      await this.consumer.commitOffsets([{ topic: batch.topic, partition: batch.partition, offset: (BigInt(last) + 1n).toString() }]);
      uncommitted = 0;
    };
    const step = this.options.handleMany ? this.options.manyAtOnce : 1;
    for (let i = 0; i < batch.messages.length; i += step) {
      // After a rebalance this batch may belong to another instance now: stop, it will redeliver.
      if (!isRunning() || isStale()) break;
      const run = batch.messages.slice(i, i + step);
      const outcomes = this.options.handleMany && run.length > 1 ? await this.processMany(run, batch.partition, heartbeat) : [await this.process(run[0], batch.partition, heartbeat)];
      for (const [k, message] of run.entries()) {
        const outcome = outcomes[k];
        if (!outcome.ok) await this.deadLetter(message, batch.topic, batch.partition, outcome);
        resolveOffset(message.offset);
        last = message.offset;
        uncommitted += 1;
      }
      if (uncommitted >= this.options.commitEvery) await commit();
      await heartbeat();
    }
    await commit();
  }

  /** A run of messages: the valid articles recorded together; anything unclear, one by one. */
  private async processMany(run: KafkaMessage[], partition: number, heartbeat: () => Promise<void>): Promise<Outcome[]> {
    const parsed = run.map((m) => this.parse(m));
    const valid = parsed.flatMap((p, k) => (p.ok ? [{ k, article: p.article }] : []));
    let recorded: Array<{ ok: true } | { ok: false; error: Error }>;
    try {
      recorded = valid.length ? await (this.options.handleMany as NonNullable<ArticleConsumerOptions['handleMany']>)(valid.map((v) => v.article)) : [];
    } catch {
      // A transient failure of the whole run: each message again, with its own bounded retries.
      const outcomes: Outcome[] = [];
      for (const message of run) outcomes.push(await this.process(message, partition, heartbeat));
      return outcomes;
    }
    const outcomes: Outcome[] = parsed.map((p) => (p.ok ? { ok: true } : p));
    for (const [j, { k, article }] of valid.entries()) {
      const slot = recorded[j];
      if (slot.ok) {
        this.options.onProcessed?.({ article, partition, offset: run[k].offset });
        continue;
      }
      const code = (slot.error as { code?: string }).code;
      const permanent = code ? PERMANENT[code] : undefined;
      outcomes[k] = permanent ? { ok: false, reason: permanent, detail: slot.error.message, attempts: 1 } : await this.process(run[k], partition, heartbeat);
    }
    return outcomes;
  }

  private async process(message: KafkaMessage, partition: number, heartbeat: () => Promise<void>): Promise<Outcome> {
    const parsed = this.parse(message);
    if (!parsed.ok) return parsed;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.handle(parsed.article);
        this.options.onProcessed?.({ article: parsed.article, partition, offset: message.offset });
        return { ok: true };
      } catch (error) {
        const code = (error as { code?: string }).code;
        const detail = error instanceof Error ? error.message : String(error);
        const permanent = code ? PERMANENT[code] : undefined;
        if (permanent) return { ok: false, reason: permanent, detail, attempts: attempt };
        if (attempt >= this.options.maxAttempts) return { ok: false, reason: 'retries_exhausted', detail, attempts: attempt };
        await sleepWithHeartbeat(this.options.retryDelayMs * 2 ** (attempt - 1), heartbeat);
      }
    }
  }

  /** Bytes → UTF-8 text → JSON → Article, each step with its own reason for refusing. */
  private parse(message: KafkaMessage): ({ ok: true; article: Article }) | (Outcome & { ok: false }) {
    const fail = (reason: DeadLetterReason, detail: string) => ({ ok: false as const, reason, detail, attempts: 0 });
    const bytes = message.value;
    if (!bytes || bytes.length === 0) return fail('empty', 'the message has no value');
    if (bytes.length > this.options.maxMessageBytes) return fail('body_too_large', `${bytes.length} bytes, at most ${this.options.maxMessageBytes}`);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return fail('not_utf8', 'the message value is not valid UTF-8');
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      return fail('invalid_json', (error as Error).message);
    }
    const article = ArticleSchema.safeParse(json);
    if (!article.success) {
      const tooLong = article.error.issues.some((i) => i.path[0] === 'body' && i.code === 'too_big');
      return fail(tooLong ? 'body_too_large' : 'schema_violation', JSON.stringify(article.error.issues));
    }
    return { ok: true, article: article.data };
  }

  /** The original bytes and headers, plus headers that say why; acknowledged before the commit. */
  private async deadLetter(message: KafkaMessage, topic: string, partition: number, outcome: Outcome & { ok: false }): Promise<void> {
    const headers: IHeaders = {
      ...(message.headers ?? {}),
      [DLQ_HEADERS.reason]: outcome.reason,
      [DLQ_HEADERS.detail]: outcome.detail.slice(0, 16_000),
      [DLQ_HEADERS.topic]: topic,
      [DLQ_HEADERS.partition]: String(partition),
      [DLQ_HEADERS.offset]: message.offset,
      [DLQ_HEADERS.attempts]: String(outcome.attempts),
      [DLQ_HEADERS.failedAt]: new Date().toISOString(),
    };
    await this.producer.send({ topic: this.topics.deadLetters.topic, acks: -1, messages: [{ key: message.key, value: message.value, headers }] });
    this.options.onDeadLetter?.({ reason: outcome.reason, detail: outcome.detail, partition, offset: message.offset });
  }
}

async function sleepWithHeartbeat(ms: number, heartbeat: () => Promise<void>): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    await new Promise((r) => setTimeout(r, Math.min(1000, until - Date.now())));
    await heartbeat().catch(() => undefined);
  }
}

