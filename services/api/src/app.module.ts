import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '@app/config';
import { IngestModule } from '@app/ingest';
import { ProjectorModule } from '@app/projector';
import { RuntimeModule } from '@app/runtime';
import { ArticlesController } from './articles.controller';
import { HealthController } from './health.controller';
import { HttpErrorFilter } from './http-errors';
import { IncidentsController } from './incidents.controller';

/**
 * The embedded composition: ingest, projector and api in one process over the configured stores.
 * Each service's module is a thin wiring of libs, so they can also run alone.
 */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
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
        IngestModule,
        ProjectorModule,
      ],
      controllers: [ArticlesController, IncidentsController, HealthController],
      providers: [{ provide: APP_FILTER, useClass: HttpErrorFilter }],
    };
  }
}
