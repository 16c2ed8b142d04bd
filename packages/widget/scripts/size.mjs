#!/usr/bin/env node
// Prints the gzip sizes of the built widget's two scripts against their budgets, and, for
// information, the files they fetch lazily. Exits non-zero when a script is over budget or when
// `dist/` holds any other script.
// - `partnership-effect.js` (≤ 30 KB): lit, the element and its drawing code; it paints the default
//   views from `default-views.json`;
// - `live-fit.js` (≤ 60 KB): core's fit path, comlink and the worker side, imported on the first live fit.
// Besides these, `dist/` holds only the lazily loaded languages (`locales/<lang>.js`, messages only).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = join(dirname(fileURLToPath(import.meta.url)), '../dist');
const BUDGETS = { 'partnership-effect.js': 30 * 1024, 'live-fit.js': 60 * 1024 };
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const line = (kind, name, file) =>
  `${kind.padEnd(7)} ${name.padEnd(30)} ${kb(statSync(file).size).padStart(9)} raw ${kb(gz(file)).padStart(9)} gzip`;
let failed = false;
for (const [name, limit] of Object.entries(BUDGETS)) {
  const file = join(dist, name);
  const size = gz(file);
  console.log(
    `${line('script', name, file)}  (budget ${kb(limit)}, ${((size / limit) * 100).toFixed(0)}%; ${size} bytes)`,
  );
  if (size > limit) {
    console.error(`${name} is over budget by ${kb(size - limit)} (${size - limit} bytes)`);
    failed = true;
  }
}
console.log(line('lazy', 'default-views.json', join(dist, 'default-views.json')));
console.log(line('lazy', 'multiverse-curve.json', join(dist, 'multiverse-curve.json')));
for (const f of readdirSync(join(dist, 'datasets')))
  console.log(line('lazy', `datasets/${f}`, join(dist, 'datasets', f)));
for (const f of readdirSync(join(dist, 'locales')))
  console.log(line('lazy', `locales/${f}`, join(dist, 'locales', f)));
const others = readdirSync(dist, { recursive: true }).filter(
  (f) =>
    /\.(m?js)$/.test(String(f)) &&
    !(String(f) in BUDGETS) &&
    !String(f).startsWith('types') &&
    !/^locales\/[a-z]{2}\.js$/.test(String(f)),
);
if (others.length > 0) {
  console.error(`dist/ should hold two scripts and the languages, but also has: ${others.join(', ')}`);
  failed = true;
}
if (failed) process.exit(1);
