import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedArticle } from '../../../test/support/seed';
import { tempDirs } from '../../../test/support/temp-dir';

const tempDir = tempDirs();
const ROOT = join(__dirname, '../../..');
const SEED = join(ROOT, 'test/fixtures/seed-article/article.json');

/** Runs the built CLI (`npm test` builds first) as a user would. */
function cli(args: string[], dataDir: string, input?: string) {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin/incident-ledger.js'), ...args], {
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the incident-ledger CLI', () => {
  beforeAll(() => {
    if (!existsSync(join(ROOT, 'dist/services/cli/src/main.js'))) throw new Error('build first: npm run build');
  });

  it('extract prints the seed article claims and incidents and writes nothing', () => {
    const dataDir = join(tempDir(), 'data');
    const { code, stdout } = cli(['extract', SEED], dataDir);
    expect(code).toBe(0);
    const printed = JSON.parse(stdout) as { articleId: string; claims: unknown[]; incidents: unknown[] };
    expect(printed.articleId).toBe(seedArticle().articleId);
    expect(printed.claims).toHaveLength(20);
    expect(printed.incidents).toHaveLength(10);
    expect(existsSync(dataDir)).toBe(false);
  });

  it('extract reads standard input and names the invalid field of a bad article', () => {
    const { code, stderr } = cli(['extract', '-'], tempDir(), JSON.stringify({ ...seedArticle(), publishedAt: 'yesterday' }));
    expect(code).toBe(1);
    expect(stderr).toMatch(/publishedAt/);
  });

  it('ingest records a JSON-lines file, reports the invalid line, and is idempotent', () => {
    const dir = tempDir();
    const file = join(dir, 'articles.jsonl');
    writeFileSync(file, `${JSON.stringify(seedArticle())}\n{"articleId": 5}\n`);
    const first = cli(['ingest', file], join(dir, 'data'));
    expect(first.code).toBe(2);
    expect(JSON.parse(first.stdout)).toEqual({ read: 2, recorded: 1, invalid: 1 });
    expect(first.stderr).toMatch(/articles\.jsonl:2/);
    const second = cli(['ingest', file], join(dir, 'data'));
    expect(JSON.parse(second.stdout)).toEqual({ read: 2, duplicate: 1, invalid: 1 });

    const table = cli(['incidents'], join(dir, 'data'));
    expect(table.code).toBe(0);
    expect(table.stdout.split('\n')[0]).toMatch(/^date\s+incident\s+place\s+killed/);
    expect(table.stdout).toMatch(/CONTESTED/);
    expect(table.stdout.trim().split('\n')).toHaveLength(12);
  });

  it('gazetteer import makes a village known to later runs', () => {
    const dir = tempDir();
    const csv = join(dir, 'places.csv');
    writeFileSync(
      csv,
      'id,name_ar,name_en,alt_names,admin1_ar,admin1_en,admin2_ar,admin2_en,admin3_ar,admin3_en,lat,lon,kind,source\n' +
        'TEST1,المريعة,Al-Muray\'iya,Mrei\'iyeh,دير الزور,Deir ez-Zor,,,,,35.2,40.3,village,test\n',
    );
    const imported = cli(['gazetteer', 'import', csv], join(dir, 'data'));
    expect(imported.stdout).toMatch(/imported 1 places/);
    const { stdout } = cli(['extract', SEED], join(dir, 'data'));
    const claims = (JSON.parse(stdout) as { claims: Array<{ place: { id: string; lat: number | null } }> }).claims;
    expect(claims.filter((c) => c.place.id === 'TEST1').map((c) => c.place.lat)).toEqual([35.2]);
  });

  it('replay rebuilds the views', () => {
    const dir = tempDir();
    cli(['ingest', SEED], join(dir, 'data'));
    const replay = cli(['replay'], join(dir, 'data'));
    expect(replay.code).toBe(0);
    expect(cli(['incidents', '--json'], join(dir, 'data')).stdout).toMatch(/"incidentId"/);
  });
});

describe('the CLI, time travel', () => {
  it('incidents --as-of shows what was known then, and nothing before the first article', () => {
    const dir = tempDir();
    const dataDir = join(dir, 'data');
    cli(['ingest', SEED], dataDir);
    const now = JSON.parse(cli(['incidents', '--json', '--as-of', new Date(Date.now() + 60_000).toISOString()], dataDir).stdout) as { items: unknown[] };
    expect(now.items).toHaveLength(10);
    const before = JSON.parse(cli(['incidents', '--json', '--as-of', '2000-01-01T00:00:00Z'], dataDir).stdout) as { items: unknown[] };
    expect(before.items).toEqual([]);
    const bad = cli(['incidents', '--as-of', 'last week'], dataDir);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/ISO 8601/);
  });
});

describe('the CLI, ledger migration', () => {
  it('migrate copies a ledger, resumes as a no-op, and verifies the copy', () => {
    const dir = tempDir();
    const dataDir = join(dir, 'data');
    cli(['ingest', SEED], dataDir);
    const target = join(dir, 'copy.db');
    const first = cli(['migrate', '--from', join(dataDir, 'ledger.db'), '--to', target], dataDir);
    expect(first.code).toBe(0);
    const result = JSON.parse(first.stdout) as { copied: number; verified: boolean; source: { events: number } };
    expect(result.verified).toBe(true);
    expect(result.copied).toBe(result.source.events);
    const again = JSON.parse(cli(['migrate', '--from', join(dataDir, 'ledger.db'), '--to', target], dataDir).stdout) as { copied: number; skipped: number; verified: boolean };
    expect(again).toMatchObject({ copied: 0, skipped: result.copied, verified: true });
  });
});
