import { IncidentView } from '@app/domain';
import { IncidentQuerySchema, ViewStore } from '../src';

export function view(id: string, date: string, overrides: Partial<IncidentView> = {}): IncidentView {
  return {
    incidentId: id,
    subject: {
      place: { id: `place-${id}`, name: `قرية ${id}`, nameEn: `Village ${id}`, admin1: 'ريف دمشق', lat: null, lon: null, precision: 1 },
      otherPlaces: [],
      date,
      kind: 'shelling',
    },
    perpetrators: [],
    figures: [],
    claims: [],
    history: [],
    claimCount: 0,
    sourceCount: 0,
    firstReportedAt: `${date}T10:00:00.000Z`,
    lastRevisedAt: `${date}T10:00:00.000Z`,
    ledgerRevision: 0,
    childIds: [],
    ...overrides,
  };
}

/** What every read-model adapter must do; SQLite runs it now, PostgreSQL runs the same. */
export function viewStoreContract(name: string, open: () => Promise<ViewStore>): void {
  describe(`${name}: view store contract`, () => {
    let store: ViewStore;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    it('saves views with their checkpoint and reads them back', async () => {
      expect(await store.checkpoint()).toBe(0);
      await store.commit([view('a', '2017-09-28'), view('b', '2017-09-29')], 42);
      expect(await store.checkpoint()).toBe(42);
      expect(await store.get('a')).toEqual(view('a', '2017-09-28'));
      expect(await store.get('missing')).toBeNull();
      expect([...(await store.getMany(['a', 'b', 'c'])).keys()].sort()).toEqual(['a', 'b']);
    });

    it('replaces a view on a later commit', async () => {
      await store.commit([view('a', '2017-09-28')], 1);
      await store.commit([view('a', '2017-09-28', { claimCount: 5 })], 2);
      expect((await store.get('a'))?.claimCount).toBe(5);
    });

    it('lists newest first with a stable cursor that visits every view once', async () => {
      const ids = ['a', 'b', 'c', 'd', 'e'];
      await store.commit(ids.map((id, i) => view(id, `2017-09-2${i}`)), 5);
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await store.list(IncidentQuerySchema.parse({ limit: 2, cursor }));
        seen.push(...page.items.map((v) => v.incidentId));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen).toEqual(['e', 'd', 'c', 'b', 'a']);
    });

    it('filters by place or admin area and by date range', async () => {
      await store.commit([view('a', '2017-09-20'), view('b', '2017-09-25', { subject: { ...view('b', '').subject, date: '2017-09-25', place: { ...view('b', '').subject.place, admin1: 'حمص' } } })], 2);
      expect((await store.list(IncidentQuerySchema.parse({ place: 'Village a' }))).items.map((v) => v.incidentId)).toEqual(['a']);
      expect((await store.list(IncidentQuerySchema.parse({ place: 'حمص' }))).items.map((v) => v.incidentId)).toEqual(['b']);
      expect((await store.list(IncidentQuerySchema.parse({ from: '2017-09-21' }))).items.map((v) => v.incidentId)).toEqual(['b']);
      expect((await store.list(IncidentQuerySchema.parse({ to: '2017-09-21' }))).items.map((v) => v.incidentId)).toEqual(['a']);
    });

    it('finds the children of a regional total', async () => {
      const child = view('child', '2017-09-29');
      await store.commit([view('region', '2017-09-29'), { ...child, subject: { ...child.subject, parentId: 'region' } }], 3);
      expect(await store.childrenOf('region')).toEqual(['child']);
    });

    it('resets to empty for a replay', async () => {
      await store.commit([view('a', '2017-09-28')], 7);
      await store.reset();
      expect(await store.checkpoint()).toBe(0);
      expect(await store.get('a')).toBeNull();
    });
  });
}
