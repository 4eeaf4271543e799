import { AddressInfo } from 'node:net';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadConfig } from '@app/config';
import { IncidentView } from '@app/domain';
import { startServer } from '../src';
import { seedArticle } from '../../../test/support/seed';
import { tempDirs } from '../../../test/support/temp-dir';

const tempDir = tempDirs();

describe('the HTTP api on the embedded default', () => {
  let app: NestFastifyApplication;
  let base: string;

  beforeAll(async () => {
    app = await startServer(loadConfig({ DATA_DIR: tempDir(), PORT: '0', LOG_LEVEL: 'silent' }));
    const { port } = app.getHttpServer().address() as AddressInfo;
    base = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    await app.close();
  });

  const post = (body: unknown, contentType = 'application/json') =>
    fetch(`${base}/articles`, { method: 'POST', headers: { 'content-type': contentType }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const getJson = async <T>(path: string): Promise<{ status: number; body: T }> => {
    const response = await fetch(`${base}${path}`);
    return { status: response.status, body: (await response.json()) as T };
  };
  async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
    for (let i = 0; i < 100; i++) {
      const value = await read();
      if (done(value)) return value;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('timed out');
  }

  it('answers 400 with the zod issues for a malformed article, and writes nothing', async () => {
    const { articleId: _drop, ...incomplete } = seedArticle();
    void _drop;
    const response = await post({ ...incomplete, language: 'ar', extra: true });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; issues: Array<{ path: string[] }> };
    expect(body.error).toBe('invalid_request');
    expect(body.issues.map((i) => i.path.join('.') || i)).toEqual(expect.arrayContaining(['articleId']));
    expect((await getJson<{ ledgerHead: number }>('/readyz')).body.ledgerHead).toBe(0);
  });

  it('answers 400 for a body that is not JSON', async () => {
    const response = await post('{"articleId": ', 'application/json');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'bad_request', message: expect.any(String) });
  });

  it('records the seed article and serves its incidents, views and ledger', async () => {
    const response = await post(seedArticle());
    expect(response.status).toBe(201);
    const result = (await response.json()) as { status: string; claims: number; incidents: string[] };
    expect(result).toMatchObject({ status: 'recorded', claims: 20 });

    const list = await eventually(
      () => getJson<{ items: IncidentView[] }>('/incidents?limit=100'),
      (r) => r.body.items.length === 10,
    );
    expect(list.status).toBe(200);
    const id = result.incidents[0];
    const one = await getJson<IncidentView>(`/incidents/${encodeURIComponent(id)}`);
    expect(one.body.incidentId).toBe(id);
    const ledger = await getJson<{ events: Array<{ type: string }> }>(`/incidents/${encodeURIComponent(id)}/ledger`);
    expect(ledger.body.events[0].type).toBe('IncidentOpened');
    expect((await getJson('/incidents/nope')).status).toBe(404);
  });

  it('changes nothing when the same article is posted twice', async () => {
    const before = await getJson<{ ledgerHead: number }>('/readyz');
    const response = await post(seedArticle());
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'duplicate', eventsAppended: 0 });
    expect((await getJson<{ ledgerHead: number }>('/readyz')).body.ledgerHead).toBe(before.body.ledgerHead);
  });

  it('filters incidents and rejects bad parameters with 400', async () => {
    const homs = await getJson<{ items: IncidentView[] }>(`/incidents?place=${encodeURIComponent('حمص')}`);
    expect(homs.body.items.map((v) => v.subject.place.admin1)).toEqual(['حمص']);
    expect((await getJson('/incidents?limit=0')).status).toBe(400);
    expect((await getJson('/incidents?from=yesterday')).status).toBe(400);
  });

  it('serves health, readiness and Prometheus metrics', async () => {
    expect((await getJson('/healthz')).body).toEqual({ status: 'ok' });
    const ready = await getJson<{ status: string; lag: number }>('/readyz');
    expect(ready.body.status).toBe('ready');
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/incident_ledger_articles_total\{status="recorded"\} 1/);
    expect(metrics).toMatch(/incident_ledger_articles_total\{status="invalid"\} 1/);
  });

  it('refuses a body larger than the limit with 413', async () => {
    const response = await post({ ...seedArticle(), body: 'ا'.repeat(3_000_000) });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: 'payload_too_large', message: expect.any(String) });
  });
});
