import { ArticleRef, Claim, IncidentSubject } from '../src';

export const subject: IncidentSubject = {
  place: { id: 'test-place-1', name: 'السخنة', nameEn: 'al-Sukhnah', admin1: 'حمص', lat: null, lon: null, precision: 1 },
  otherPlaces: [],
  date: '2017-09-28',
  kind: 'attack',
};

export function articleOf(articleId: string, revision = 1, publishedAt = '2017-09-29T10:00:00Z'): ArticleRef {
  return { articleId, revision, url: `https://example.org/${articleId}`, publishedAt };
}

/** A claim with sensible defaults; override what a rule is about. */
export function claim(overrides: Partial<Claim> & { claimId: string }): Claim {
  return {
    incidentId: 'inc-1',
    outcome: 'killed',
    victims: { kind: 'combatants', affiliation: 'regime_forces' },
    count: { qualifier: 'exact', min: 70, max: 70 },
    preliminary: false,
    source: { name: 'خالد الحمصي', key: 'khaled-al-homsi', kind: 'activist', via: 'alaraby' },
    reportedBy: 'alaraby',
    article: articleOf('a1'),
    place: subject.place,
    date: { value: '2017-09-28', precision: 1, basis: 'relative' },
    evidence: { quote: 'خسرت 70 عنصراً', start: 0, end: 14 },
    extractor: { name: 'test', version: '1' },
    ...overrides,
  };
}

export const exactly = (n: number) => ({ qualifier: 'exact' as const, min: n, max: n });
export const atLeast = (n: number) => ({ qualifier: 'at_least' as const, min: n, max: null });
export const moreThan = (n: number) => ({ qualifier: 'more_than' as const, min: n + 1, max: null });
