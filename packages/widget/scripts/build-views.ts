/**
 * The build's last step (after both vite passes): fits the default views and writes
 * `dist/default-views.json`, then draws each default view's fallback into `dist/fallback/`:
 * `<view>.svg` (from the render modules, here), `<view>.png` (copied from the checked-in
 * `fallback/<view>.png`, made from that SVG in Chromium by `scripts/fallback-png.mjs`) and
 * `fallbacks.json` (sizes and text alternatives, for snippets).
 * Run: `tsx scripts/build-views.ts` (part of `pnpm build`).
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { MULTIVERSE_CURVE_FILE } from '../src/partnership-effect/multiverse-curve.js';
import { PRECOMPUTED_FILE } from '../src/partnership-effect/precomputed.js';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '../dist');
const win = new Window();
Object.assign(globalThis, {
  window: win,
  document: win.document,
  XMLSerializer: win.XMLSerializer,
  Node: win.Node,
});
// The DOM first: lit-html (reached through the view modules) reads `document` when it is evaluated.
const { fallbackSvg } = await import('./fallback-svg.js');
const { defaultSettings, precomputeDefaultViews } = await import('./precompute-views.js');
const { compactCurve, readMultiverseResult } = await import('./multiverse-curve.js');

const file = await precomputeDefaultViews(join(here, '../../data/datasets'));
writeFileSync(join(dist, PRECOMPUTED_FILE), `${JSON.stringify(file)}\n`);
const curve = compactCurve(readMultiverseResult());
writeFileSync(join(dist, MULTIVERSE_CURVE_FILE), `${JSON.stringify(curve)}\n`);
mkdirSync(join(dist, 'fallback'), { recursive: true });
const infos = [];
for (const pv of file.views) {
  if (pv.viewData.view === 'robustness') continue; // never precomputed here: drawn from multiverse-curve.json
  const s = defaultSettings(pv.viewData.view);
  const { svg, info } = fallbackSvg(pv, s);
  writeFileSync(join(dist, 'fallback', `${s.view}.svg`), svg);
  const png = join(here, '../fallback', `${s.view}.png`);
  if (existsSync(png)) copyFileSync(png, join(dist, 'fallback', `${s.view}.png`));
  else console.warn(`fallback/${s.view}.png is missing: run \`pnpm fallback:png\` after this build`);
  infos.push(info);
}
writeFileSync(join(dist, 'fallback', 'fallbacks.json'), `${JSON.stringify(infos, null, 2)}\n`);
await win.happyDOM.close();
console.log(
  `default-views.json: ${file.views.length} views of ${file.dataset.id} ${file.dataset.version}; ${MULTIVERSE_CURVE_FILE}: ${curve.points.length} specifications; fallback/: ${infos.map((i) => i.view).join(', ')}`,
);
