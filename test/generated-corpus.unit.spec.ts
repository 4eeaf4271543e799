import { checkExtraction, generateCorpus } from '../bench/corpus';
import { checkNews, generateNews } from '../bench/news';
import { sharedExtractor } from './support/pipeline';

describe('the generated corpora (benchmarks and Kafka tests use them)', () => {
  it('is read right: every known claim, count and place, in both languages', () => {
    const corpus = generateCorpus(300, { seed: 11 });
    expect(new Set(corpus.map((g) => g.article.language))).toEqual(new Set(['ar', 'en']));
    const problems = corpus.flatMap((g) => checkExtraction(g, sharedExtractor().extract(g.article).claims));
    expect(problems).toEqual([]);
  });

  it('the news stream is read right too, and has follow-ups, revisions and two-incident articles', () => {
    const news = generateNews(600, { seed: 12 });
    const problems = news.flatMap((g) => checkNews(g, sharedExtractor().extract(g.article).claims));
    expect(problems).toEqual([]);
    const incidents = news.map((g) => sharedExtractor().extract(g.article).incidents.map((i) => i.incidentId));
    const reports = new Map<string, number>();
    for (const ids of incidents) for (const id of ids) reports.set(id, (reports.get(id) ?? 0) + 1);
    expect([...reports.values()].some((n) => n > 1)).toBe(true);
    expect(incidents.some((ids) => ids.length === 2)).toBe(true);
    expect(news.some((g) => g.article.revision === 2)).toBe(true);
    expect(news.some((g) => /[٠-٩]/.test(g.article.body))).toBe(true);
  });
});
