import { Body, Controller, HttpCode, Inject, Post, Res } from '@nestjs/common';
import { FastifyReply } from 'fastify';
import { ArticleSchema } from '@app/domain';
import { ArticleIngestor, IngestResult } from '@app/ingest';
import { ArticleProducer } from '@app/messaging';
import { METRICS, Metrics } from '@app/runtime';

type Accepted = { articleId: string; revision: number; status: 'accepted'; topic: string; partition: number; offset: string | null };

@Controller('articles')
export class ArticlesController {
  constructor(
    @Inject(ArticleIngestor) private readonly ingestor: ArticleIngestor,
    @Inject(METRICS) private readonly metrics: Metrics,
    @Inject(ArticleProducer) private readonly producer: ArticleProducer | null,
  ) {}

  /**
   * 201 when the article was recorded, 200 when it had been already; 400 with the zod issues when
   * invalid. With Kafka, the article is published to articles.v1 for ingest: 202.
   */
  @Post()
  @HttpCode(201)
  async submit(@Body() body: unknown, @Res({ passthrough: true }) response: FastifyReply): Promise<IngestResult | Accepted> {
    const parsed = ArticleSchema.safeParse(body);
    if (!parsed.success) {
      this.metrics.articles.inc({ status: 'invalid' });
      throw parsed.error;
    }
    if (this.producer) {
      const [meta] = await this.producer.publish([parsed.data]);
      response.status(202);
      return { articleId: parsed.data.articleId, revision: parsed.data.revision, status: 'accepted', topic: meta.topicName, partition: meta.partition, offset: meta.baseOffset ?? null };
    }
    const timer = this.metrics.ingestSeconds.startTimer();
    const result = await this.ingestor.ingest(parsed.data);
    timer();
    this.metrics.articles.inc({ status: result.status });
    this.metrics.claims.inc(result.claims);
    this.metrics.events.inc(result.eventsAppended);
    if (result.status !== 'recorded' && result.status !== 'unsupported_language') response.status(200);
    return result;
  }
}
