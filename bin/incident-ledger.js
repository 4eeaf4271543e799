#!/usr/bin/env node
// The CLI runs from the compiled output; `npm start` and `npm run ledger` build it first.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const main = join(__dirname, '..', 'dist', 'services', 'cli', 'src', 'main.js');
if (!existsSync(main)) {
  process.stderr.write('incident-ledger is not built yet: run `npm run build` (or use `npm run ledger -- …`)\n');
  process.exit(1);
}
require(main);
