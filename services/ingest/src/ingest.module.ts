import { DynamicModule, Module } from '@nestjs/common';
import { Extractor } from '@app/extraction';
import { EVENT_STORE, EventStore } from '@app/ledger';
import { EXTRACTOR_TOKEN } from '@app/runtime';
import { ArticleIngestor } from './article-ingestor';
import { KafkaIngestWorker } from './kafka-ingest.worker';

/** The ingestor; with `consume`, also the Kafka worker that feeds it from articles.v1. */
@Module({})
export class IngestModule {
  static forRoot({ consume }: { consume: boolean }): DynamicModule {
    return {
      module: IngestModule,
      providers: [
        {
          provide: ArticleIngestor,
          useFactory: (store: EventStore, extractor: Extractor) => new ArticleIngestor(store, extractor),
          inject: [EVENT_STORE, EXTRACTOR_TOKEN],
        },
        ...(consume ? [KafkaIngestWorker] : []),
      ],
      exports: [ArticleIngestor],
    };
  }
}
