import { ArticleSchema } from '@app/domain';
import { loadGazetteer } from '@app/gazetteer';
import { Extractor } from '../src';

let extractor: Extractor | undefined;

/** The claims read from one passage (one extractor per test file: the gazetteer takes a moment to load). */
export function claimsOf(language: 'ar' | 'en', body: string, publishedAt = '2020-03-04T10:00:00Z', outlet = { id: 'o', name: 'Outlet' }) {
  extractor ??= new Extractor(loadGazetteer(null));
  return extractor.extract(ArticleSchema.parse({ articleId: 'a', url: 'https://example.org/a', outlet, language, publishedAt, body })).claims;
}
