#!/usr/bin/env node
// Prints the gzip size of the built entry (`dist/partnership-effect.js`, what an embed loads
// first) against the 60 KB budget, and, for information, the lazily loaded engine and dataset.
// Exits non-zero when the entry is over budget.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = join(dirname(fileURLToPath(import.meta.url)), '../dist');
const LIMIT = 60 * 1024;
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const entry = gz(join(dist, 'partnership-effect.js'));
console.log(
  `entry   partnership-effect.js         ${kb(statSync(join(dist, 'partnership-effect.js')).size).padStart(9)} raw ${kb(entry).padStart(9)} gzip  (budget ${kb(LIMIT)}, ${((entry / LIMIT) * 100).toFixed(0)}%)`,
);
const engine = join(dist, 'partnership-effect-engine.js');
console.log(
  `lazy    partnership-effect-engine.js  ${kb(statSync(engine).size).padStart(9)} raw ${kb(gz(engine)).padStart(9)} gzip  (worker inlined + in-thread fallback)`,
);
for (const f of readdirSync(join(dist, 'datasets'))) {
  const p = join(dist, 'datasets', f);
  console.log(
    `lazy    datasets/${f.padEnd(20)} ${kb(statSync(p).size).padStart(9)} raw ${kb(gz(p)).padStart(9)} gzip`,
  );
}
if (entry > LIMIT) {
  console.error(`the entry is over budget by ${kb(entry - LIMIT)}`);
  process.exit(1);
}
