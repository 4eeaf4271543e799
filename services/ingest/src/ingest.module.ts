import { Module } from '@nestjs/common';
import { Extractor } from '@app/extraction';
import { EVENT_STORE, EventStore } from '@app/ledger';
import { EXTRACTOR_TOKEN } from '@app/runtime';
import { ArticleIngestor } from './article-ingestor';

@Module({
  providers: [
    {
      provide: ArticleIngestor,
      useFactory: (store: EventStore, extractor: Extractor) => new ArticleIngestor(store, extractor),
      inject: [EVENT_STORE, EXTRACTOR_TOKEN],
    },
  ],
  exports: [ArticleIngestor],
})
export class IngestModule {}
