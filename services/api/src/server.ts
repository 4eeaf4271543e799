import 'reflect-metadata';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppConfig } from '@app/config';
import { AppModule, SERVICE_PARTS, ServicePart } from './app.module';
import { serveDocs } from './openapi';

/** Starts the embedded service (ingest + projector + api) and returns it listening. */
export async function startServer(config: AppConfig, parts: ReadonlySet<ServicePart> = new Set(SERVICE_PARTS)): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, parts), { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  app.useBodyParser('json', { limit: config.MAX_REQUEST_BYTES });
  app.enableShutdownHooks();
  serveDocs(app);
  await app.listen(config.PORT, config.HOST);
  return app;
}

/** Starts some of the parts: with `api`, an HTTP server; without, a worker process. */
export async function startParts(config: AppConfig, parts: ReadonlySet<ServicePart>): Promise<INestApplicationContext> {
  if (parts.has('api')) return startServer(config, parts);
  const context = await NestFactory.createApplicationContext(AppModule.forRoot(config, parts), { bufferLogs: true });
  context.useLogger(context.get(Logger));
  context.enableShutdownHooks();
  await context.init();
  return context;
}
