import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** `npm run bench [-- --full]`: every bench in a process of its own (so each reports its own peak RSS). */
const benches = ['extraction', 'ingest', 'replay', 'api', 'kafka'];
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
let failed = 0;
for (const bench of benches.filter((b) => !only.length || only.includes(b))) {
  const result = spawnSync(process.execPath, [join(__dirname, `${bench}.bench.js`), ...process.argv.slice(2).filter((a) => a.startsWith('--'))], { stdio: 'inherit' });
  if (result.status !== 0) failed += 1;
}
process.exit(failed ? 1 : 0);
