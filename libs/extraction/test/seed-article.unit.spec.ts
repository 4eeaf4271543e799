import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ArticleSchema } from '@app/domain';
import { Gazetteer, loadGazetteer, readGazetteerFile } from '@app/gazetteer';
import { Extractor, GoldFileSchema, describeMiss, incidentGrouping, score } from '../src';
import article from '../../../test/fixtures/seed-article/article.json';
import expected from '../../../test/fixtures/seed-article/expected.json';

/** The operator gazetteer is reference data kept outside the repo: used when it is there. */
const SHARED_GAZETTEER = join(__dirname, '../../../../shared/data/gazetteer/syria.places.csv');
const gold = GoldFileSchema.parse(expected);

const gazetteers: Array<[string, () => Gazetteer]> = [['the shipped base gazetteer', () => loadGazetteer(null)]];
if (existsSync(SHARED_GAZETTEER)) {
  gazetteers.push(['the base plus the imported Syrian gazetteer', () => loadGazetteer(null, readGazetteerFile(SHARED_GAZETTEER))]);
}

describe.each(gazetteers)('the seed article, read with %s', (_name, gazetteer) => {
  const extraction = new Extractor(gazetteer()).extract(ArticleSchema.parse(article));
  const result = score(gold.claims, extraction.claims);

  it('finds every gold claim with the right outcome, victims, count, qualifier, preliminary flag, source and place', () => {
    const misses = result.matches.filter((m) => m.wrong.length).map(describeMiss);
    expect(misses).toEqual([]);
  });

  it('invents no claim the gold reading does not have', () => {
    expect(result.spurious.map((c) => `${c.outcome} ${c.count.min} «${c.evidence.quote}»`)).toEqual([]);
  });

  it('groups the claims into the ten gold incidents, one incident each', () => {
    const grouping = incidentGrouping(gold, result.matches);
    expect(grouping.filter((g) => g.incidentIds.length !== 1)).toEqual([]);
    expect(new Set(grouping.map((g) => g.incidentIds[0])).size).toBe(10);
    expect(extraction.incidents).toHaveLength(10);
  });

  it('links subsets to the claim they are part of', () => {
    for (const m of result.matches.filter((x) => x.gold.subsetOf)) {
      const parent = result.matches.find((x) => x.gold.id === m.gold.subsetOf)?.claim;
      expect(m.claim?.subsetOf).toBe(parent?.claimId);
    }
  });

  it('points every evidence quote at the body', () => {
    for (const claim of extraction.claims) {
      expect(article.body.slice(claim.evidence.start, claim.evidence.end)).toBe(claim.evidence.quote);
    }
  });
});
