import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { loadConfig } from '@app/config';
import { startServer } from '@app/api';
import { generateCorpus } from './corpus';
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

async function main(): Promise<void> {
  header('API under load (autocannon, 10 connections, from a second process on loopback)');
  const dir = mkdtempSync(join(tmpdir(), 'bench-api-'));
  const app = await startServer(loadConfig({ DATA_DIR: dir, PORT: '0', LOG_LEVEL: 'silent' }));
  const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  const corpus = generateCorpus(300, { seed: 77 }).map((g) => g.article);
  for (const a of corpus) await fetch(`${base}/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(a) });
  let id = '';
  for (let i = 0; i < 200 && !id; i++) {
    const page = (await (await fetch(`${base}/incidents?limit=1`)).json()) as { items: Array<{ incidentId: string }>; totals: { incidents: number } };
    if (page.totals.incidents >= 300) id = page.items[0].incidentId;
    else await new Promise((r) => setTimeout(r, 50));
  }
  const body = await (await fetch(`${base}/incidents/${id}`)).text();
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
  ];
  for (const [name, r] of rows) console.log(`${name}: ${Math.round(r.requests).toLocaleString('en-US')} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms`);
  console.log(`ratio GET /incidents/:id to baseline: ${(rows[1][1].requests / rows[0][1].requests).toFixed(2)}× | target ≥ 5,000 req/s, p99 ≤ 10 ms`);
  bare.close();
  await app.close();
  rmSync(dir, { recursive: true, force: true });
  console.log(`peak RSS (server and load in one process): ${peakRssMb()} MB`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
