import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { ServiceProcess } from './service-process';
import { generateNews } from './news';
import { FULL, header, peakRssMb } from './harness';

type Load = { requests: number; p50: number; p99: number };

/** Load from a second process on loopback: autocannon, so it does not share the server's CPU time slice. */
function load(url: string, seconds: number): Promise<Load> {
  const script = `require('autocannon')({ url: ${JSON.stringify(url)}, connections: 10, duration: ${seconds} }, (err, r) => {
    if (err) throw err;
    process.stdout.write(JSON.stringify({ requests: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx }));
  });`;
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['-e', script], { cwd: process.cwd() }, (error, stdout) => {
      if (error) return reject(error);
      const r = JSON.parse(stdout) as Load & { non2xx: number };
      return r.non2xx ? reject(new Error(`${r.non2xx} non-2xx answers from ${url}`)) : resolve(r);
    });
  });
}

/** Peak resident memory of another process, from Linux's /proc (VmHWM). */
function peakRssOf(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmHWM:'));
  return Math.round(Number(line?.match(/\d+/)?.[0] ?? 0) / 1024);
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function main(): Promise<void> {
  header('API under load (autocannon, 10 connections, from a second process on loopback)');
  // The service as it is deployed: its own process (`serve`, all services, logs at info to stdout).
  const dir = mkdtempSync(join(tmpdir(), 'bench-api-'));
  // With the heap limit `npm start` and the compose file give it.
  const service = new ServiceProcess([], { ...process.env, DATA_DIR: dir, LOG_LEVEL: 'info' }, { nodeOptions: ['--max-old-space-size=256'], logs: false });
  try {
    const base = await service.listening();
    await until('the service', async () => ((await fetch(`${base}/healthz`)).ok ? true : undefined));
    const corpus = generateNews(FULL ? 2000 : 400, { seed: 77 }).map((g) => g.article);
    for (const a of corpus) await fetch(`${base}/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(a) });
    await until('views current', async () => ((await (await fetch(`${base}/readyz`)).json()) as { lag: number }).lag === 0 || undefined);
    const page = (await (await fetch(`${base}/incidents?limit=1`)).json()) as { items: Array<{ incidentId: string }>; totals: { incidents: number } };
    const id = page.items[0].incidentId;
    const body = await (await fetch(`${base}/incidents/${id}`)).text();
    console.log(`data: ${corpus.length} articles posted, ${page.totals.incidents} incidents`);
    // Baseline: a bare node:http server answering the same JSON.
    const bare = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(body);
    }).listen(0, '127.0.0.1');
    await new Promise((r) => bare.once('listening', r));
    const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/`;
    const seconds = FULL ? 15 : 5;
    const rows: Array<[string, Load]> = [
      ['bare node:http, same JSON (baseline)', await load(bareUrl, seconds)],
      [`GET /incidents/:id (${body.length} bytes)`, await load(`${base}/incidents/${id}`, seconds)],
      ['GET /incidents?limit=20&atLeast=5', await load(`${base}/incidents?limit=20&atLeast=5`, seconds)],
      ['GET /incidents?q=…&contested=true', await load(`${base}/incidents?q=${encodeURIComponent('مدنيا')}&contested=true`, seconds)],
    ];
    bare.close();
    for (const [name, r] of rows) console.log(`${name}: ${Math.round(r.requests).toLocaleString('en-US')} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms`);
    console.log(`ratio GET /incidents/:id to baseline: ${(rows[1][1].requests / rows[0][1].requests).toFixed(2)}× | target ≥ 5,000 req/s, p99 ≤ 10 ms`);
    console.log(`peak RSS of the service (ingest, projector and api in one process): ${peakRssOf(service.pid)} MB`);
  } finally {
    await service.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`peak RSS of the bench process: ${peakRssMb()} MB`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
