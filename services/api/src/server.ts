import 'reflect-metadata';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { AppConfig } from '@app/config';
import { AppModule, SERVICE_PARTS, ServicePart } from './app.module';
import { serveDocs } from './openapi';

/**
 * Starts the embedded service (ingest + projector + api) and returns it listening. Fastify, not
 * Express, under Nest: a view is read straight from the store as JSON, so routing and reply
 * overhead is most of a request's cost (BENCHMARKS.md).
 */
export async function startServer(config: AppConfig, parts: ReadonlySet<ServicePart> = new Set(SERVICE_PARTS)): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({ bodyLimit: config.MAX_REQUEST_BYTES, logger: false });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, parts), adapter, { bufferLogs: true });
  app.useLogger(app.get(Logger));
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
