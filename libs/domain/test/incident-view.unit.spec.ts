import { IncidentEvent, applyToView, foldView } from '../src';
import { articleOf, atLeast, claim, exactly, subject } from './claims.fixture';

const at = '2017-09-29T10:05:00.000Z';
const opened: IncidentEvent = { type: 'IncidentOpened', data: { incidentId: 'inc-1', subject, openedBy: articleOf('a1'), recordedAt: at } };
const homs = { name: 'مركز حمص الإعلامي', key: 'homs-media-center', kind: 'media' as const, via: 'alaraby' };
const c1 = claim({ claimId: 'c1', count: atLeast(70) });
const c2 = claim({ claimId: 'c2', count: atLeast(100), source: homs });
const children = claim({ claimId: 'c3', victims: { kind: 'children' }, count: exactly(3), subsetOf: 'c2', source: homs });

const stream: IncidentEvent[] = [
  opened,
  { type: 'ClaimReported', data: { incidentId: 'inc-1', claim: c1, recordedAt: at } },
  { type: 'ClaimReported', data: { incidentId: 'inc-1', claim: c2, recordedAt: at } },
  { type: 'ClaimReported', data: { incidentId: 'inc-1', claim: children, recordedAt: at } },
];
const numbered = (events: IncidentEvent[]) => events.map((event, revision) => ({ event, revision }));

describe('incident view', () => {
  it('shows each source latest figure and the estimate per outcome and victims', () => {
    const view = foldView(numbered(stream));
    const killed = view?.figures.find((f) => f.key === 'killed/combatants:regime_forces');
    expect(killed).toMatchObject({ low: 70, best: 70, high: 100, highOpen: true, contested: true });
    expect(killed?.sources.map((s) => s.source.key).sort()).toEqual(['homs-media-center', 'khaled-al-homsi']);
    expect(view?.figures.find((f) => f.subset)).toMatchObject({ victims: { kind: 'children' }, best: 3 });
    expect(view).toMatchObject({ claimCount: 3, sourceCount: 2, ledgerRevision: 3 });
  });

  it('counts a part of another incident\'s total (a town\'s share of a national toll) as its own figure', () => {
    const share = claim({ claimId: 'c9', victims: { kind: 'unspecified' }, count: exactly(54), subsetOf: 'national-total', source: homs });
    const view = foldView(numbered([opened, { type: 'ClaimReported', data: { incidentId: 'inc-1', claim: share, recordedAt: at } }]));
    expect(view?.figures).toMatchObject([{ key: 'killed/unspecified', subset: false, best: 54 }]);
  });

  it('ignores an event it has already folded in', () => {
    const view = foldView(numbered(stream));
    expect(applyToView(view, stream[1], { revision: 1 })).toBe(view);
  });

  it('replaces a revised figure and keeps the superseded claim in the history', () => {
    const revised = claim({ claimId: 'c4', count: exactly(80), article: articleOf('b1', 1, '2017-09-30T08:00:00Z') });
    const view = foldView(
      numbered([...stream, { type: 'CasualtyRevised', data: { incidentId: 'inc-1', claim: revised, supersedes: 'c1', reason: 'later_report', recordedAt: at } }]),
    );
    const killed = view?.figures.find((f) => f.key === 'killed/combatants:regime_forces');
    expect(killed?.sources.find((s) => s.source.key === 'khaled-al-homsi')?.count).toEqual(exactly(80));
    expect(view?.claims.find((c) => c.claim.claimId === 'c1')).toMatchObject({ status: 'superseded', supersededBy: 'c4' });
    expect(view?.history.map((h) => h.type)).toEqual(['IncidentOpened', 'ClaimReported', 'ClaimReported', 'ClaimReported', 'CasualtyRevised']);
  });

  it('drops a withdrawn claim from the figures but not from the record', () => {
    const view = foldView(
      numbered([...stream, { type: 'ClaimWithdrawn', data: { incidentId: 'inc-1', claimId: 'c2', by: articleOf('a1', 2), reason: 'absent_from_revision', recordedAt: at } }]),
    );
    const killed = view?.figures.find((f) => f.key === 'killed/combatants:regime_forces');
    expect(killed).toMatchObject({ low: 70, best: 70, contested: false, quantifiedSources: 1 });
    expect(view?.claims.find((c) => c.claim.claimId === 'c2')?.status).toBe('withdrawn');
  });

  it('starts only from the incident being opened', () => {
    expect(applyToView(null, stream[1], { revision: 1 })).toBeNull();
  });
});
