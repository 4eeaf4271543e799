import { z } from 'zod';
import { ArticleSchema } from '@app/domain';
import { GoldClaimSchema, score } from '@app/extraction';
import arabic from './corpus/passages.ar.json';
import english from './corpus/passages.en.json';
import { sharedExtractor } from './support/pipeline';

const Passages = z.array(z.object({ id: z.string(), article: ArticleSchema, claims: z.array(GoldClaimSchema) }));

/** Guards what `npm run eval` measures: a change that reads the team's corpus worse fails here. */
describe.each([
  ['Arabic', arabic],
  ['English', english],
])('the labelled corpus, %s', (_language, data) => {
  const passages = Passages.parse(data);
  const results = passages.map((p) => ({ passage: p, claims: sharedExtractor().extract(p.article).claims }));

  it('is read with an F1 of at least 0.85 on whole claims', () => {
    let tp = 0;
    let extracted = 0;
    let gold = 0;
    for (const { passage, claims } of results) {
      tp += score(passage.claims, claims).truePositives;
      extracted += claims.length;
      gold += passage.claims.length;
    }
    const precision = tp / extracted;
    const recall = tp / gold;
    expect((2 * precision * recall) / (precision + recall)).toBeGreaterThanOrEqual(0.85);
  });

  it('invents no claim in passages that report none', () => {
    const invented = results.filter((r) => r.passage.claims.length === 0 && r.claims.length > 0).map((r) => r.passage.id);
    expect(invented).toEqual([]);
  });
});
