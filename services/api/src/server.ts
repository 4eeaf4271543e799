import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppConfig } from '@app/config';
import { AppModule } from './app.module';

/** Starts the embedded service (ingest + projector + api) and returns it listening. */
export async function startServer(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  app.useBodyParser('json', { limit: config.MAX_REQUEST_BYTES });
  app.enableShutdownHooks();
  await app.listen(config.PORT, config.HOST);
  return app;
}
