import { checkExtraction, generateCorpus } from '../bench/corpus';
import { sharedExtractor } from './support/pipeline';

describe('the generated corpus (benchmarks and Kafka tests use it)', () => {
  it('is read right: every known claim, count and place, in both languages', () => {
    const corpus = generateCorpus(300, { seed: 11 });
    expect(new Set(corpus.map((g) => g.article.language))).toEqual(new Set(['ar', 'en']));
    const problems = corpus.flatMap((g) => checkExtraction(g, sharedExtractor().extract(g.article).claims));
    expect(problems).toEqual([]);
  });
});
