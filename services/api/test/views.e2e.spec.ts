import { AddressInfo } from 'node:net';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadConfig } from '@app/config';
import { IncidentView, SourceStatistics } from '@app/domain';
import { IncidentPage } from '@app/read-models';
import { startServer } from '../src';
import { revisedSeedBody } from '../../../test/support/pipeline';
import { seedArticle, seedBody } from '../../../test/support/seed';
import { tempDirs } from '../../../test/support/temp-dir';

const tempDir = tempDirs();

/** Views a researcher would cite: revisions, time travel, roll-ups, grading, statistics, live feed. */
describe('incident views over HTTP', () => {
  let app: NestFastifyApplication;
  let base: string;
  let beforeRevision: string;
  let incidents: IncidentView[];

  const getJson = async <T>(path: string): Promise<T> => {
    const response = await fetch(`${base}${path}`);
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  const post = (body: unknown) => fetch(`${base}/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  async function settled(): Promise<void> {
    for (let i = 0; i < 200; i++) {
      const ready = await getJson<{ lag: number }>('/readyz');
      if (ready.lag === 0) return;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error('projector did not catch up');
  }
  const byPlace = (name: string) => incidents.find((v) => v.subject.place.name === name || v.subject.place.nameEn === name) as IncidentView;

  beforeAll(async () => {
    app = await startServer(loadConfig({ DATA_DIR: tempDir(), PORT: '0', LOG_LEVEL: 'silent' }));
    base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    expect((await post(seedArticle())).status).toBe(201);
    await settled();
    await new Promise((r) => setTimeout(r, 20));
    beforeRevision = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 20));
    expect((await post(seedArticle({ revision: 2, body: revisedSeedBody(seedBody) }))).status).toBe(201);
    await settled();
    incidents = (await getJson<IncidentPage>('/incidents?limit=100')).items;
  });
  afterAll(async () => {
    await app.close();
  });

  it('shows the revised Eastern Ghouta toll and keeps the superseded figure in the history', () => {
    const ghouta = byPlace('Eastern Ghouta');
    const killed = ghouta.figures.find((f) => f.outcome === 'killed' && !f.subset);
    expect(killed).toMatchObject({ best: 12, preliminary: true });
    expect(ghouta.history.map((h) => h.type)).toContain('CasualtyRevised');
    expect(ghouta.history.find((h) => h.type === 'CasualtyRevised')?.reason).toBe('article_revision');
    expect(ghouta.claims.filter((c) => c.status === 'superseded')).toHaveLength(1);
  });

  it('withdraws the claim the revision dropped, without deleting it', () => {
    const shula = incidents.find((v) => v.claims.some((c) => c.claim.evidence.quote.includes('سبع جثث'))) as IncidentView;
    expect(shula.claims.map((c) => c.status)).toEqual(['withdrawn']);
    expect(shula.figures).toEqual([]);
  });

  it('travels in time: the view as it was known before the revision', async () => {
    const ghouta = byPlace('Eastern Ghouta');
    const then = await getJson<IncidentView>(`/incidents/${ghouta.incidentId}?asOf=${encodeURIComponent(beforeRevision)}`);
    expect(then.figures.find((f) => f.outcome === 'killed' && !f.subset)?.best).toBe(9);
    expect((await fetch(`${base}/incidents/${ghouta.incidentId}?asOf=2000-01-01T00:00:00Z`)).status).toBe(404);
    expect((await fetch(`${base}/incidents/${ghouta.incidentId}?asOf=last-week`)).status).toBe(400);
  });

  it('grades incidents: contested, single source', () => {
    expect(byPlace('As Sukhnah').grade).toBe('contested');
    expect(incidents.find((v) => v.figures.some((f) => f.outcome === 'killed' && f.victims.kind === 'women'))?.grade).toBe('single_source');
  });

  it('links the regional total with its towns and never counts their dead twice', async () => {
    const ghouta = byPlace('Eastern Ghouta');
    expect(ghouta.childIds.length).toBeGreaterThan(0);
    for (const id of ghouta.childIds) expect(incidents.find((v) => v.incidentId === id)?.subject.parentId).toBe(ghouta.incidentId);
    const page = await getJson<IncidentPage>(`/incidents?place=${encodeURIComponent('ريف دمشق')}`);
    const children = page.items.filter((v) => v.subject.parentId === ghouta.incidentId);
    const sumOfChildren = children.reduce((n, v) => n + (v.figures.find((f) => f.outcome === 'killed' && !f.subset)?.best ?? 0), 0);
    const others = page.items.filter((v) => v !== undefined && v.incidentId !== ghouta.incidentId && v.subject.parentId !== ghouta.incidentId);
    const othersKilled = others.reduce((n, v) => n + v.figures.filter((f) => f.outcome === 'killed' && !f.subset).reduce((m, f) => m + (f.best ?? 0), 0), 0);
    expect(page.totals.killed.best).toBe(Math.max(12, sumOfChildren) + othersKilled);
  });

  it('filters by outcome at least N, contested, source and text', async () => {
    const ids = async (q: string) => (await getJson<IncidentPage>(`/incidents?${q}`)).items.map((v) => v.incidentId);
    expect(await ids('atLeast=50')).toEqual([byPlace('As Sukhnah').incidentId]);
    expect((await ids('contested=true')).sort()).toEqual(incidents.filter((v) => v.grade === 'contested').map((v) => v.incidentId).sort());
    expect(await ids(`source=${encodeURIComponent('فيلق الرحمن')}`)).toHaveLength(1);
    expect(await ids('q=Sukhnah')).toEqual([byPlace('As Sukhnah').incidentId]);
    expect((await fetch(`${base}/incidents?outcome=eaten`)).status).toBe(400);
    expect((await fetch(`${base}/incidents?cursor=forged`)).status).toBe(400);
  });

  it('gives per-source statistics', async () => {
    const { sources } = await getJson<{ sources: SourceStatistics[] }>('/sources');
    const homs = sources.find((s) => s.name === 'مركز حمص الإعلامي');
    expect(homs).toMatchObject({ claims: 1, incidents: 1, comparedFigures: 1, highest: 1, lowest: 0 });
    const activist = sources.find((s) => s.name === 'تنسيقية مدينة تدمر');
    expect(activist).toMatchObject({ lowest: 1, highest: 0 });
  });

  it('streams changed views as Server-Sent Events, resumable with Last-Event-ID', async () => {
    const read = async (headers: Record<string, string>, path: string, want: number) => {
      const controller = new AbortController();
      const response = await fetch(`${base}${path}`, { headers, signal: controller.signal });
      expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
      const reader = (response.body as ReadableStream<Uint8Array>).getReader();
      let text = '';
      const ids: number[] = [];
      while (ids.length < want) {
        const { value, done } = await reader.read();
        if (done) break;
        text += new TextDecoder().decode(value);
        ids.splice(0, ids.length, ...[...text.matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1])));
      }
      controller.abort();
      return { ids, text };
    };
    const all = await read({}, '/stream?from=0', incidents.length);
    expect(new Set(all.ids).size).toBe(incidents.length);
    expect(all.text).toMatch(/^event: incident$/m);
    const sorted = [...all.ids].sort((a, b) => a - b);
    const resumeFrom = sorted[sorted.length - 3];
    const resumed = await read({ 'Last-Event-ID': String(resumeFrom) }, '/stream', 3);
    expect(resumed.ids.every((id) => id >= resumeFrom)).toBe(true);
  });

  it('publishes an OpenAPI document generated from the schemas, with Swagger UI at /docs', async () => {
    const doc = await getJson<{ openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, { properties?: Record<string, unknown> }> } }>('/docs/json');
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/articles', '/incidents', '/incidents/{id}', '/stream', '/sources']));
    expect(Object.keys(doc.components.schemas.Article.properties ?? {})).toEqual(expect.arrayContaining(['articleId', 'revision', 'body']));
    expect((await fetch(`${base}/docs`)).status).toBe(200);
  });
});
