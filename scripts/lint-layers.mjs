#!/usr/bin/env node
// `npm run lint:layers`: no import in core runs up its layers, and no import cycle inside core.
// The rules are biome's noRestrictedImports (one override per layer) and noImportCycles, kept in
// biome.layers.json at the repo root (biome.json extends it, so `biome check` applies them too) and
// generated from LAYERS in scripts/layers.mjs. This checks that the file is exactly what the list gives
// (so they cannot drift), then runs the two rules over packages/core/src. Exits non-zero on a violation.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { LAYERS_CONFIG, layersConfig } from './layers.mjs';
import { root } from './pnpm.mjs';

const written = JSON.parse(readFileSync(LAYERS_CONFIG, 'utf8'));
const extended = JSON.parse(readFileSync(join(root, 'biome.json'), 'utf8')).extends ?? [];
if (!isDeepStrictEqual(written, layersConfig()) || !extended.includes('./biome.layers.json')) {
  console.error(
    'biome.layers.json differs from scripts/layers.mjs (or biome.json does not extend it): run `node scripts/layers.mjs --write`',
  );
  process.exit(1);
}
const biome = join(root, 'node_modules', '.bin', 'biome');
const r = spawnSync(
  biome,
  ['lint', '--only=style/noRestrictedImports', '--only=suspicious/noImportCycles', 'packages/core/src'],
  { cwd: root, stdio: 'inherit' },
);
process.exit(r.status ?? 1);
