import { Claim, IncidentEvent, IncidentMismatchError, RecordReading } from '../src';
import { articleOf, atLeast, claim, exactly, subject } from './claims.fixture';
import { given } from './specification';

const at = '2017-09-29T10:05:00.000Z';

function reading(article: ReturnType<typeof articleOf>, claims: Claim[]): RecordReading {
  return { type: 'RecordReading', data: { incidentId: 'inc-1', subject, article, claims, recordedAt: at } };
}
const opened = (article = articleOf('a1')): IncidentEvent => ({ type: 'IncidentOpened', data: { incidentId: 'inc-1', subject, openedBy: article, recordedAt: at } });
const reported = (c: Claim): IncidentEvent => ({ type: 'ClaimReported', data: { incidentId: 'inc-1', claim: c, recordedAt: at } });

describe('incident decider', () => {
  const first = claim({ claimId: 'c1', count: atLeast(70) });
  const other = claim({ claimId: 'c2', count: atLeast(100), source: { name: 'مركز حمص الإعلامي', key: 'homs-media-center', kind: 'media', via: 'alaraby' } });

  it('opens an incident with its first reading and reports each claim', () => {
    given([]).when(reading(articleOf('a1'), [first, other])).then([opened(), reported(first), reported(other)]);
  });

  it('opens nothing for a reading without claims', () => {
    given([]).when(reading(articleOf('a1'), [])).then([]);
  });

  it('records nothing when the same reading arrives again', () => {
    given([opened(), reported(first), reported(other)]).when(reading(articleOf('a1'), [first, other])).then([]);
  });

  it('revises the source figure when a later article of another outlet gives a new one', () => {
    const later = claim({ claimId: 'c3', count: exactly(80), article: articleOf('b1', 1, '2017-09-30T08:00:00Z') });
    given([opened(), reported(first)])
      .when(reading(later.article, [later]))
      .then([{ type: 'CasualtyRevised', data: { incidentId: 'inc-1', claim: later, supersedes: 'c1', reason: 'later_report', recordedAt: at } }]);
  });

  it('calls it a preliminary toll made final when only the preliminary flag goes', () => {
    const preliminary = claim({ claimId: 'c1', count: exactly(9), preliminary: true });
    const final = claim({ claimId: 'c4', count: exactly(9), article: articleOf('a1', 2) });
    given([opened(), reported(preliminary)])
      .when(reading(final.article, [final]))
      .then([{ type: 'CasualtyRevised', data: { incidentId: 'inc-1', claim: final, supersedes: 'c1', reason: 'preliminary_made_final', recordedAt: at } }]);
  });

  it('revises within a re-published article and withdraws the claim the new revision dropped', () => {
    const toll = claim({ claimId: 'c1', count: exactly(9), victims: { kind: 'unspecified' } });
    const revisedToll = claim({ claimId: 'c5', count: exactly(12), victims: { kind: 'unspecified' }, article: articleOf('a1', 2) });
    given([opened(), reported(toll), reported(other)])
      .when(reading(articleOf('a1', 2), [revisedToll]))
      .then([
        { type: 'CasualtyRevised', data: { incidentId: 'inc-1', claim: revisedToll, supersedes: 'c1', reason: 'article_revision', recordedAt: at } },
        { type: 'ClaimWithdrawn', data: { incidentId: 'inc-1', claimId: 'c2', by: articleOf('a1', 2), reason: 'absent_from_revision', recordedAt: at } },
      ]);
  });

  it('carries an unchanged claim of a re-published article over without an event', () => {
    const same = { ...first, claimId: 'c1-r2', article: articleOf('a1', 2) };
    given([opened(), reported(first)]).when(reading(articleOf('a1', 2), [same])).then([]);
  });

  it('keeps an older report that arrives late as history, not as a revision', () => {
    const newer = claim({ claimId: 'c6', count: exactly(80), article: articleOf('b1', 1, '2017-09-30T08:00:00Z') });
    const older = claim({ claimId: 'c7', count: exactly(60), article: articleOf('c1', 1, '2017-09-28T20:00:00Z') });
    given([opened(), reported(newer)]).when(reading(older.article, [older])).then([reported(older)]);
  });

  it('reports a repeated figure from a later article of the same source as a new claim', () => {
    const repeat = claim({ claimId: 'c8', count: atLeast(70), article: articleOf('b1', 1, '2017-09-30T08:00:00Z') });
    given([opened(), reported(first)]).when(reading(repeat.article, [repeat])).then([reported(repeat)]);
  });

  it('refuses a claim that belongs to another incident', () => {
    given([]).when(reading(articleOf('a1'), [claim({ claimId: 'x', incidentId: 'inc-2' })])).thenThrows(IncidentMismatchError);
  });
});
