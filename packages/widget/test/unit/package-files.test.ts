import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

describe('what `npm pack` would publish', () => {
  it('ships two scripts, the languages, the precomputed views, fallbacks, the lazy dataset, types, manifest, README and LICENSE, and no sources', () => {
    expect(existsSync(join(root, 'dist/partnership-effect.js')), 'build the package first').toBe(true);
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, npm_config_loglevel: 'silent' },
    });
    const [pack] = JSON.parse(out) as { name: string; files: { path: string }[] }[];
    const files = pack!.files.map((f) => f.path).sort();
    expect(pack!.name).toBe('@peacepanel/widget');
    for (const f of [
      'package.json',
      'README.md',
      'LICENSE',
      'custom-elements.json',
      'dist/partnership-effect.js',
      'dist/live-fit.js',
      'dist/default-views.json',
      'dist/multiverse-curve.json',
      'dist/fallback/effect.png',
      'dist/fallback/effect.svg',
      'dist/fallback/fallbacks.json',
      'dist/datasets/africa-cm.json',
      'dist/datasets/africa-conflict-month.json',
      'dist/locales/fr.js',
      'dist/types/index.d.ts',
      'dist/types/frameworks/react.d.ts',
      'dist/types/partnership-effect/partnership-effect.component.d.ts',
    ])
      expect(files).toContain(f);
    expect(
      files.filter((f) => /^(src|test|scripts)\//.test(f) || (f.endsWith('.ts') && !f.endsWith('.d.ts'))),
    ).toEqual([]);
    // Two self-contained scripts: the element, and the live-fit module it imports lazily (and the worker runs);
    // besides them, only the lazily loaded languages (messages only).
    expect(files.filter((f) => /\.m?js$/.test(f))).toEqual([
      'dist/live-fit.js',
      'dist/locales/ar.js',
      'dist/locales/es.js',
      'dist/locales/fr.js',
      'dist/locales/pt.js',
      'dist/partnership-effect.js',
    ]);
    expect(
      files
        .filter(
          (f) =>
            !/^dist\/(types\/.+\.d\.ts|datasets\/[\w-]+\.json|locales\/[a-z]{2}\.js|fallback\/(\w+\.(png|svg)|fallbacks\.json))$/.test(
              f,
            ),
        )
        .sort(),
    ).toEqual([
      'LICENSE',
      'README.md',
      'custom-elements.json',
      'dist/default-views.json',
      'dist/live-fit.js',
      'dist/multiverse-curve.json',
      'dist/partnership-effect.js',
      'package.json',
    ]);
  });

  it('points main, module, exports, types and customElements at files that exist', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      main: string;
      module: string;
      types: string;
      customElements: string;
      exports: Record<string, string | Record<string, string>>;
      dependencies: Record<string, string>;
    };
    const targets = [pkg.main, pkg.module, pkg.types, pkg.customElements];
    for (const v of Object.values(pkg.exports))
      targets.push(...(typeof v === 'string' ? [v] : Object.values(v)));
    for (const t of targets) expect(existsSync(join(root, t)), t).toBe(true);
    // Everything but lit (needed for the element's types) is bundled, so nothing else is a dependency.
    expect(Object.keys(pkg.dependencies)).toEqual(['lit']);
  });

  it('publishes with concrete versions: `pnpm pack` rewrites catalog: and workspace: ranges', () => {
    const dest = mkdtempSync(join(tmpdir(), 'widget-pack-'));
    try {
      execFileSync(
        process.execPath,
        [join(root, '../../scripts/pnpm.mjs'), 'pack', '--pack-destination', dest],
        {
          cwd: root,
          stdio: 'ignore',
        },
      );
      const tgz = readdirSync(dest).find((f) => f.endsWith('.tgz'));
      expect(tgz).toBeDefined();
      execFileSync('tar', ['-xzf', join(dest, tgz!), '-C', dest]);
      const manifest = readFileSync(join(dest, 'package', 'package.json'), 'utf8');
      expect(manifest).not.toMatch(/"(catalog|workspace):/);
      expect(JSON.parse(manifest).dependencies.lit).toMatch(/^\d+\.\d+\.\d+$/);
    } finally {
      rmSync(dest, { recursive: true, force: true });
    }
  });
});
