/**
 * Packs the publishable packages with pnpm (which rewrites `catalog:` and `workspace:` ranges, as
 * `pnpm publish` does) and installs the tarballs into a fresh project outside the workspace, the way
 * a user installs them from npm. Dependencies come from the pnpm store the workspace install filled
 * (`--prefer-offline`), so this needs no network after `pnpm install`.
 */
import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pnpm, root } from '../../../../scripts/pnpm.mjs';

/** The packages published to npm (the demo app is private). */
export const PUBLISHED = ['core', 'charts', 'cli', 'data', 'worker', 'widget'] as const;
export type Published = (typeof PUBLISHED)[number];

/** The catalog's Vite, which the test page is built with. */
const VITE_VERSION = '8.3.8';

export interface InstallProject {
  /** The temporary folder: `tarballs/`, `unpacked/<pkg>/`, `app/`. */
  dir: string;
  app: string;
  tarball: Record<Published, string>;
}

/** Runs a command, throwing with its output when it fails. */
export function run(
  cmd: string,
  args: string[],
  cwd: string,
  env?: NodeJS.ProcessEnv,
): SpawnSyncReturns<string> {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: env ?? process.env, timeout: 120_000 });
  if (r.status !== 0)
    throw new Error(`${cmd} ${args.join(' ')} (in ${cwd}) exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return r;
}

function pnpmIn(cwd: string, args: string[]): void {
  const code = pnpm(args, { cwd, stdio: 'pipe' });
  if (code !== 0) throw new Error(`pnpm ${args.join(' ')} failed in ${cwd} (exit ${code})`);
}

/** `pnpm pack` of each published package into `<dir>/tarballs`, unpacked into `<dir>/unpacked/<pkg>`. */
function packAll(dir: string): Record<Published, string> {
  const out = join(dir, 'tarballs');
  mkdirSync(out, { recursive: true });
  const tarball = {} as Record<Published, string>;
  for (const p of PUBLISHED) {
    pnpmIn(join(root, 'packages', p), ['pack', '--pack-destination', out]);
    const file = readdirSync(out).find((f) => f.startsWith(`peacepanel-${p}-`) && f.endsWith('.tgz'));
    if (!file) throw new Error(`pnpm pack wrote no tarball for @peacepanel/${p}`);
    tarball[p] = join(out, file);
    const unpacked = join(dir, 'unpacked', p);
    mkdirSync(unpacked, { recursive: true });
    run('tar', ['xzf', tarball[p], '-C', unpacked, '--strip-components=1'], dir);
  }
  return tarball;
}

const PAGE = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>peacepanel install check</title></head>
  <body>
    <h1>An app that installed @peacepanel/widget from npm</h1>
    <partnership-effect id="default"></partnership-effect>
    <partnership-effect id="live" non-un-levels="0, 2000, 8000"></partnership-effect>
    <partnership-effect id="fr" lang="fr" view="trend"></partnership-effect>
    <script type="module" src="/src/main.js"></script>
  </body>
</html>
`;

/**
 * Packs, creates the project (its package.json names the tarballs; `overrides` make the packages'
 * own `@peacepanel/*` dependencies resolve to the tarballs too, as they would to the registry) and
 * installs it. The app is a Vite page that imports the widget statically: one chart with the default
 * settings (painted from the precomputed views), one that needs a live fit, and one in French.
 */
export function createInstallProject(): InstallProject {
  const dir = mkdtempSync(join(tmpdir(), 'peacepanel-install-'));
  if (dir.startsWith(root)) throw new Error(`the install project ${dir} must be outside the workspace`);
  const tarball = packAll(dir);
  const app = join(dir, 'app');
  mkdirSync(join(app, 'src'), { recursive: true });
  const deps = Object.fromEntries(PUBLISHED.map((p) => [`@peacepanel/${p}`, `file:${tarball[p]}`]));
  writeFileSync(
    join(app, 'package.json'),
    `${JSON.stringify(
      {
        name: 'peacepanel-install-check',
        private: true,
        type: 'module',
        dependencies: deps,
        devDependencies: { vite: VITE_VERSION },
      },
      null,
      2,
    )}\n`,
  );
  // A pnpm-workspace.yaml makes this folder its own root (no parent workspace is picked up).
  writeFileSync(
    join(app, 'pnpm-workspace.yaml'),
    `overrides:\n${PUBLISHED.map((p) => `  "@peacepanel/${p}": "file:${tarball[p]}"`).join('\n')}\n`,
  );
  writeFileSync(join(app, 'index.html'), PAGE);
  // A static import: the widget is bundled into the app's entry chunk. Its live-fit worker imports
  // `live-fit.js`, which Vite emits as a file of its own, so the app's code never runs in the worker.
  writeFileSync(join(app, 'src/main.js'), "import '@peacepanel/widget';\n");
  pnpmIn(app, ['install', '--prefer-offline', '--ignore-scripts']);
  return { dir, app, tarball };
}
