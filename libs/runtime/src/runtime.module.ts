import { DynamicModule, Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { join } from 'node:path';
import { APP_CONFIG, AppConfig } from '@app/config';
import { Extractor } from '@app/extraction';
import { Gazetteer, loadGazetteer, readGazetteerFile } from '@app/gazetteer';
import { EVENT_STORE, EventStore, EventStoreDbEventStore, SqliteEventStore } from '@app/ledger';
import { PostgresViewStore, SqliteViewStore, VIEW_STORE, ViewStore } from '@app/read-models';
import { KAFKA_CLIENT, KAFKA_TOPICS, createKafka, kafkaTopics } from '@app/messaging';
import { Metrics } from './metrics';
import { EXTRACTOR_TOKEN, GAZETTEER, METRICS } from './tokens';

/** Where the embedded mode keeps its files. */
export function dataFiles(config: AppConfig) {
  return { ledger: join(config.DATA_DIR, 'ledger.db'), views: join(config.DATA_DIR, 'views.db') };
}

export function openEventStore(config: AppConfig): EventStore {
  if (config.EVENTSTORE_URL) return new EventStoreDbEventStore(config.EVENTSTORE_URL);
  return new SqliteEventStore(dataFiles(config).ledger);
}

/** A ledger named on the command line: an esdb:// (or kurrentdb://) URL, or an SQLite file. */
export function openLedgerAt(location: string): EventStore {
  if (/^(esdb|esdb\+discover|kurrentdb|kdb):\/\//.test(location)) return new EventStoreDbEventStore(location);
  return new SqliteEventStore(location.replace(/^sqlite:/, ''));
}

export function openViewStore(config: AppConfig): ViewStore {
  if (config.DATABASE_URL) return new PostgresViewStore(config.DATABASE_URL, { schema: config.DATABASE_SCHEMA });
  return new SqliteViewStore(dataFiles(config).views);
}

export function openGazetteer(config: AppConfig): Gazetteer {
  return loadGazetteer(config.DATA_DIR, config.GAZETTEER_FILES.flatMap((f) => readGazetteerFile(f)));
}

@Injectable()
class Closer implements OnApplicationShutdown {
  constructor(
    @Inject(EVENT_STORE) private readonly ledger: EventStore,
    @Inject(VIEW_STORE) private readonly views: ViewStore,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.views.close();
    await this.ledger.close();
  }
}

/** The adapters behind the ports, chosen by configuration; one instance each per process. */
@Global()
@Module({})
export class RuntimeModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: RuntimeModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: EVENT_STORE, useFactory: () => openEventStore(config) },
        { provide: VIEW_STORE, useFactory: () => openViewStore(config) },
        { provide: GAZETTEER, useFactory: () => openGazetteer(config) },
        { provide: EXTRACTOR_TOKEN, useFactory: (gazetteer: Gazetteer) => new Extractor(gazetteer), inject: [GAZETTEER] },
        { provide: METRICS, useValue: new Metrics() },
        // null on the embedded default: articles come over HTTP and views are not published.
        { provide: KAFKA_CLIENT, useValue: config.KAFKA_BROKERS.length ? createKafka(config.KAFKA_BROKERS) : null },
        { provide: KAFKA_TOPICS, useValue: kafkaTopics(config.KAFKA_TOPIC_PREFIX) },
        Closer,
      ],
      exports: [APP_CONFIG, EVENT_STORE, VIEW_STORE, GAZETTEER, EXTRACTOR_TOKEN, METRICS, KAFKA_CLIENT, KAFKA_TOPICS],
    };
  }
}
