import { join } from 'node:path';
import { Extractor } from '@app/extraction';
import { loadGazetteer } from '@app/gazetteer';
import { ArticleIngestor } from '@app/ingest';
import { SqliteEventStore } from '@app/ledger';
import { IncidentProjector } from '@app/projector';
import { SqliteViewStore } from '@app/read-models';

let extractor: Extractor | undefined;
/** One extractor per test file: loading the base gazetteer takes a moment. */
export function sharedExtractor(): Extractor {
  extractor ??= new Extractor(loadGazetteer(null));
  return extractor;
}

/** The embedded pipeline over real SQLite files in `dir`. */
export function embeddedPipeline(dir: string) {
  const ledger = new SqliteEventStore(join(dir, 'ledger.db'));
  const views = new SqliteViewStore(join(dir, 'views.db'));
  const ingestor = new ArticleIngestor(ledger, sharedExtractor(), () => new Date('2026-11-25T12:00:00Z'));
  const projector = new IncidentProjector(ledger, views, 7);
  return {
    ledger,
    views,
    ingestor,
    projector,
    close: async () => {
      await projector.stop();
      await views.close();
      await ledger.close();
    },
  };
}

/** A revision 2 of the seed article: the Eastern Ghouta toll is 12, and the al-Shula sentence is gone. */
export function revisedSeedBody(body: string): string {
  const shula = body.split('\n').find((line) => line.includes('الشولا'));
  if (!shula || !body.includes('تسعة قتلى')) throw new Error('the seed article changed: update revisedSeedBody');
  return body.replace(`${shula}\n`, '').replace('تسعة قتلى', '12 قتيلاً');
}
