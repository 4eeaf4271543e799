import { Figure, IncidentView } from '@app/domain';
import { IncidentPage, IncidentQuerySchema, ViewStore, pageJson } from '../src';

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
    ledgerPosition: 0,
    grade: 'unquantified',
    childIds: [],
    ...overrides,
  };
}

/** A killed figure of one source, for views that need numbers. */
export function killed(best: number, sourceName = 'مصادر محلية', extra: Partial<Figure> = {}): Figure {
  return {
    key: 'killed/civilians',
    outcome: 'killed',
    victims: { kind: 'civilians' },
    subset: false,
    low: best,
    best,
    high: best,
    highOpen: false,
    preliminary: false,
    contested: false,
    quantifiedSources: 1,
    unquantifiedSources: 0,
    sources: [
      {
        source: { name: sourceName, key: sourceName, kind: 'local_sources', via: 'outlet' },
        claimId: `cl-${best}`,
        count: { qualifier: 'exact', min: best, max: best },
        preliminary: false,
        reportedBy: 'outlet',
        article: { articleId: 'a', revision: 1, url: 'https://example.org/a', publishedAt: '2017-09-29T10:00:00Z' },
      },
    ],
    ...extra,
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
      expect(JSON.parse(String(await store.getJson('a')))).toEqual(view('a', '2017-09-28'));
      expect(await store.getJson('missing')).toBeNull();
      // Served as UTF-8 bytes: the Arabic place name whole, its byte length what the reply sends.
      const bytes = (await store.getJson('a')) as Buffer;
      expect(Buffer.isBuffer(bytes)).toBe(true);
      expect(bytes.toString('utf8')).toContain('"name":"قرية a"');
      expect(bytes.length).toBe(Buffer.byteLength(bytes.toString('utf8')));
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

    it('serves a page as JSON with the stored views spliced in: the same page as parsed', async () => {
      await store.commit([view('a', '2017-09-20', { figures: [killed(3)] }), view('b', '2017-09-25'), view('c', '2017-09-26')], 3);
      const query = IncidentQuerySchema.parse({ limit: 2 });
      const served = JSON.parse(pageJson(await store.listStored(query)).toString('utf8')) as IncidentPage;
      expect(served).toEqual(await store.list(query));
      expect(served.items.map((v) => v.incidentId)).toEqual(['c', 'b']);
      expect(served.nextCursor).not.toBeNull();
      expect(JSON.parse(pageJson(await store.listStored(IncidentQuerySchema.parse({ atLeast: 50 }))).toString('utf8'))).toEqual({ items: [], nextCursor: null, totals: expect.objectContaining({ incidents: 0 }) });
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

    it('finds the children of many parents in one query', async () => {
      const childOf = (id: string, parentId: string) => {
        const v = view(id, '2017-09-29');
        return { ...v, subject: { ...v.subject, parentId } };
      };
      await store.commit([view('r1', '2017-09-29'), view('r2', '2017-09-29'), childOf('c2', 'r1'), childOf('c1', 'r1'), childOf('c3', 'r2')], 5);
      const children = await store.childrenOfMany(['r1', 'r2', 'lonely']);
      expect(Object.fromEntries(children)).toEqual({ r1: ['c1', 'c2'], r2: ['c3'] });
      expect((await store.childrenOfMany([])).size).toBe(0);
    });

    it('commits many views at once, each with its columns (more than one statement\'s worth)', async () => {
      const many = Array.from({ length: 1_203 }, (_, i) => view(`v${String(i).padStart(4, '0')}`, '2017-09-29', { figures: [killed(i % 7)] }));
      await store.commit(many, 1_203);
      await store.commit([view('v0001', '2017-09-29', { figures: [killed(40)] })], 1_204);
      expect(await store.checkpoint()).toBe(1_204);
      const page = await store.list(IncidentQuerySchema.parse({ limit: 500, atLeast: 6 }));
      expect(page.totals.incidents).toBe(many.filter((_, i) => i % 7 >= 6).length + 1);
      expect((await store.get('v0001'))?.figures[0].best).toBe(40);
      expect((await store.get('v1202'))?.incidentId).toBe('v1202');
    });

    it('filters by an outcome at least N, by contested, by source and by free text', async () => {
      await store.commit(
        [
          view('a', '2017-09-20', { figures: [killed(3)] }),
          view('b', '2017-09-21', { figures: [killed(30, 'الدفاع المدني', { contested: true })], perpetrators: ['regime_forces'] }),
        ],
        2,
      );
      const ids = async (q: Record<string, unknown>) => (await store.list(IncidentQuerySchema.parse(q))).items.map((v) => v.incidentId);
      expect(await ids({ atLeast: 10 })).toEqual(['b']);
      expect(await ids({ outcome: 'injured', atLeast: 1 })).toEqual([]);
      expect(await ids({ contested: 'true' })).toEqual(['b']);
      expect(await ids({ source: 'الدفاع المدني' })).toEqual(['b']);
      expect(await ids({ q: 'regime' })).toEqual(['b']);
      expect(await ids({ q: 'Village a' })).toEqual(['a']);
    });

    it('totals every match once: a regional total and its towns are not added up twice', async () => {
      const town = (id: string, n: number) => {
        const v = view(id, '2017-09-29', { figures: [killed(n)] });
        return { ...v, subject: { ...v.subject, parentId: 'region' } };
      };
      await store.commit([view('region', '2017-09-29', { figures: [killed(9)], childIds: ['t1', 't2'] }), town('t1', 6), town('t2', 2), view('other', '2017-09-28', { figures: [killed(4)] })], 4);
      const page = await store.list(IncidentQuerySchema.parse({ limit: 1 }));
      expect(page.items).toHaveLength(1);
      expect(page.totals).toEqual({ incidents: 4, killed: { low: 13, best: 13, high: 13 }, injured: { low: 0, best: 0, high: 0 } });
      // Towns alone (their region filtered out) count by themselves.
      expect((await store.list(IncidentQuerySchema.parse({ atLeast: 1, to: '2017-09-29', place: 'Village t1' }))).totals.killed.best).toBe(6);
    });

    it('gives totals that follow the views: the same query after a commit counts the new view', async () => {
      const query = IncidentQuerySchema.parse({ limit: 1 });
      await store.commit([view('a', '2017-09-28', { figures: [killed(3)] })], 1);
      expect((await store.list(query)).totals.killed.best).toBe(3);
      expect((await store.list(query)).totals.killed.best).toBe(3);
      await store.commit([view('b', '2017-09-29', { figures: [killed(5)] })], 2);
      expect((await store.list(query)).totals).toMatchObject({ incidents: 2, killed: { best: 8 } });
    });

    it('gives the views changed after a ledger position, oldest change first', async () => {
      await store.commit([view('a', '2017-09-20', { ledgerPosition: 5 }), view('b', '2017-09-21', { ledgerPosition: 9 })], 9);
      await store.commit([view('a', '2017-09-20', { ledgerPosition: 12 })], 12);
      expect((await store.changedSince(5, 10)).map((v) => [v.incidentId, v.ledgerPosition])).toEqual([['b', 9], ['a', 12]]);
      expect(await store.changedSince(12, 10)).toEqual([]);
    });

    it('scans every view in batches', async () => {
      await store.commit(['a', 'b', 'c'].map((id) => view(id, '2017-09-20')), 3);
      const seen: string[] = [];
      for await (const batch of store.scan(2)) seen.push(...batch.map((v) => v.incidentId));
      expect(seen).toEqual(['a', 'b', 'c']);
    });

    it('refuses a cursor it did not give out', async () => {
      await expect(store.list(IncidentQuerySchema.parse({ cursor: 'not-a-cursor' }))).rejects.toThrow(/cursor/);
    });

    it('resets to empty for a replay', async () => {
      await store.commit([view('a', '2017-09-28')], 7);
      await store.reset();
      expect(await store.checkpoint()).toBe(0);
      expect(await store.get('a')).toBeNull();
    });
  });
}
