import { DynamicModule, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '@app/config';
import { IngestModule } from '@app/ingest';
import { ProjectorModule } from '@app/projector';
import { ArticleProducer, KAFKA_CLIENT, KAFKA_TOPICS, KafkaTopics } from '@app/messaging';
import { RuntimeModule } from '@app/runtime';
import { Kafka } from 'kafkajs';
import { ArticlesController } from './articles.controller';
import { HealthController } from './health.controller';
import { HttpErrorFilter } from './http-errors';
import { IncidentsController } from './incidents.controller';
import { StreamController } from './stream.controller';

export const SERVICE_PARTS = ['ingest', 'projector', 'api'] as const;
export type ServicePart = (typeof SERVICE_PARTS)[number];

/** Disconnects the article producer (Kafka mode) when the app stops. */
@Injectable()
class ProducerCloser implements OnApplicationShutdown {
  constructor(@Inject(ArticleProducer) private readonly producer: ArticleProducer | null) {}
  async onApplicationShutdown(): Promise<void> {
    await this.producer?.close();
  }
}

/**
 * The composition root: ingest, projector and api in one process over the configured stores, or
 * any of them alone (`serve --services ingest`). Each part is a thin wiring of libs.
 */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, parts: ReadonlySet<ServicePart> = new Set(SERVICE_PARTS)): DynamicModule {
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.LOG_LEVEL,
            autoLogging: { ignore: (req) => ['/healthz', '/readyz', '/metrics'].includes(req.url ?? '') },
            redact: ['req.headers.authorization'],
          },
        }),
        RuntimeModule.forRoot(config),
        IngestModule.forRoot({ consume: parts.has('ingest') }),
        ...(parts.has('projector') ? [ProjectorModule] : []),
      ],
      controllers: parts.has('api') ? [ArticlesController, IncidentsController, StreamController, HealthController] : [],
      providers: [
        { provide: APP_FILTER, useClass: HttpErrorFilter },
        {
          provide: ArticleProducer,
          useFactory: (kafka: Kafka | null, topics: KafkaTopics) => (kafka ? new ArticleProducer(kafka, topics) : null),
          inject: [KAFKA_CLIENT, KAFKA_TOPICS],
        },
        ProducerCloser,
      ],
    };
  }
}
