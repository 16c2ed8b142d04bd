#!/usr/bin/env node
// Prints the gzip size of the built widget, `dist/partnership-effect.js` (ONE file: lit, the
// element, the estimator client and core's engine, which the page and the engine worker both run),
// against the 64 KB budget, and, for information, the lazily fetched datasets. Exits non-zero when
// the script is over budget or when `dist/` holds any other script.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = join(dirname(fileURLToPath(import.meta.url)), '../dist');
const LIMIT = 64 * 1024;
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const file = join(dist, 'partnership-effect.js');
const size = gz(file);
console.log(
  `script  partnership-effect.js         ${kb(statSync(file).size).padStart(9)} raw ${kb(size).padStart(9)} gzip  (budget ${kb(LIMIT)}, ${((size / LIMIT) * 100).toFixed(0)}%; ${size} bytes)`,
);
for (const f of readdirSync(join(dist, 'datasets'))) {
  const p = join(dist, 'datasets', f);
  console.log(
    `lazy    datasets/${f.padEnd(20)} ${kb(statSync(p).size).padStart(9)} raw ${kb(gz(p)).padStart(9)} gzip`,
  );
}
const others = readdirSync(dist, { recursive: true }).filter(
  (f) =>
    /\.(m?js)$/.test(String(f)) && String(f) !== 'partnership-effect.js' && !String(f).startsWith('types'),
);
let failed = false;
if (others.length > 0) {
  console.error(`dist/ should hold one script, but also has: ${others.join(', ')}`);
  failed = true;
}
if (size > LIMIT) {
  console.error(`partnership-effect.js is over budget by ${kb(size - LIMIT)} (${size - LIMIT} bytes)`);
  failed = true;
}
if (failed) process.exit(1);
