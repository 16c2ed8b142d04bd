#!/usr/bin/env node
// Measures what the browser must download before the demo's first page renders (before the dataset):
// dist/index.html, its entry script and every chunk that entry imports statically (recursively),
// and its CSS. Prints raw and gzip sizes and the ratio to the 200 KB gzip budget; exits 1 over budget.
// The first page's chunk (Overview, the landing page) is counted too, since it renders the first view.
// Usage: node scripts/initial-load.mjs [distDir]
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 200 * 1024;
const dist = resolve(process.argv[2] ?? new URL('../dist', import.meta.url).pathname);
const html = readFileSync(join(dist, 'index.html'), 'utf8');

const files = new Set(['index.html']);
const queue = [];
for (const m of html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\.?\/?([^"]+\.(?:js|css))"/g))
  queue.push(m[1]);
const landing = readdirSync(join(dist, 'assets')).find((f) => /^overview-[\w-]+\.js$/.test(f));
if (landing) queue.push(`assets/${landing}`);
// Static imports only (`import … from "./x.js"` / `import "./x.js"`); dynamic `import()` is on demand.
const staticImport = /(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;
while (queue.length) {
  const f = queue.shift();
  if (files.has(f)) continue;
  files.add(f);
  if (!f.endsWith('.js')) continue;
  const src = readFileSync(join(dist, f), 'utf8');
  for (const m of src.matchAll(staticImport)) queue.push(join(dirname(f), m[1]));
}

let raw = 0;
let gz = 0;
const rows = [];
for (const f of files) {
  const buf = readFileSync(join(dist, f));
  const g = gzipSync(buf, { level: 9 }).length;
  raw += buf.length;
  gz += g;
  rows.push({ file: f, raw: buf.length, gzip: g });
}
rows.sort((a, b) => b.gzip - a.gzip);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
for (const r of rows)
  console.log(`${r.file.padEnd(48)} ${kb(r.raw).padStart(10)} ${kb(r.gzip).padStart(10)} gzip`);
console.log(
  `initial load: ${files.size} files, ${kb(raw)} raw, ${kb(gz)} gzip; budget ${kb(BUDGET)} gzip; ratio ${(gz / BUDGET).toFixed(3)}`,
);
process.exit(gz <= BUDGET ? 0 : 1);
