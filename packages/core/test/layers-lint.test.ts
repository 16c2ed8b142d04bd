// The layering lint (`npm run lint:layers`) really fails: biome, with the overrides generated from
// scripts/layers.mjs, run on a throw-away copy of core's folder layout with a planted upward import
// and a planted cycle. (The real tree is checked by `npm run lint:layers` itself.)
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const biome = join(root, 'node_modules', '.bin', 'biome');
const overrides = JSON.parse(
  spawnSync(process.execPath, [join(root, 'scripts', 'layers.mjs'), '--print'], { encoding: 'utf8' }).stdout,
);
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Lints a fixture of core files (path under packages/core/src → source) with the layer rules only. */
function lint(files: Record<string, string>): { status: number | null; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'layers-'));
  dirs.push(dir);
  writeFileSync(
    join(dir, 'biome.json'),
    JSON.stringify({ root: true, linter: { enabled: true, rules: { preset: 'none' } }, overrides }),
  );
  writeFileSync(join(dir, 'package.json'), '{"name":"fixture","type":"module"}');
  for (const [path, text] of Object.entries(files)) {
    const file = join(dir, 'packages/core/src', path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  const r = spawnSync(
    biome,
    ['lint', '--only=style/noRestrictedImports', '--only=suspicious/noImportCycles', 'packages'],
    { cwd: dir, encoding: 'utf8' },
  );
  return { status: r.status, out: r.stdout + r.stderr };
}

const base = {
  'table.ts': 'export const n = 1;\n',
  'estimators/fit.ts': "import { n } from '../table.js';\nexport const fit = n;\n",
  'inference/predict.ts': "import { fit } from '../estimators/fit.js';\nexport const p = fit;\n",
};

describe('layering lint', () => {
  it('passes imports that go down the layers', () => {
    const r = lint(base);
    expect(r.out).not.toMatch(/noRestrictedImports|noImportCycles/);
    expect(r.status).toBe(0);
  });

  it('fails on a planted upward import, at any depth, naming the layers', () => {
    const r = lint({
      ...base,
      'io/planted.ts': "import { fit } from '../estimators/fit.js';\nexport const x = fit;\n",
      'model/deep/planted.ts': "import { p } from '../../inference/predict.js';\nexport const y = p;\n",
    });
    expect(r.status).not.toBe(0);
    expect(r.out).toMatch(/io\/planted\.ts[\s\S]*noRestrictedImports/);
    expect(r.out).toMatch(/model\/deep\/planted\.ts[\s\S]*noRestrictedImports/);
    expect(r.out).toContain('core layer: io, model, validation may not import vcov, estimators');
  });

  it('fails on an import cycle inside core', () => {
    const r = lint({
      ...base,
      'panel/a.ts': "import { b } from './b.js';\nexport const a = () => b;\n",
      'panel/b.ts': "import { a } from './a.js';\nexport const b = () => a;\n",
    });
    expect(r.status).not.toBe(0);
    expect(r.out).toMatch(/panel\/a\.ts[\s\S]*noImportCycles/);
  });
});
