#!/usr/bin/env node
// `npm test`: install what is missing (pnpm, dependencies, Debian chromium when root), then run
// build, typecheck, lint, the docs/CONTRACTS.md check and every package's tests (browser tests and
// every @example block included, see scripts/examples/README.md). Prints one closing line
// `N passed, N failed` (tests plus the typecheck and lint checks) and exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_PATH } from './chromium.mjs';
import { pnpm, root } from './pnpm.mjs';
import { ensureDependencies } from './setup.mjs';

const CHROMIUM = CHROMIUM_PATH;

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.warn(
      `[setup] ${CHROMIUM} is missing and this is not root: install Debian's chromium (apt-get install chromium); browser tests will fail.`,
    );
    return;
  }
  console.log('[setup] installing Debian chromium (apt-get)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const r = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  if (r.status !== 0) console.warn('[setup] apt-get install chromium failed; browser tests will fail.');
}

function workspaceDirs() {
  const dirs = [];
  for (const group of ['packages', 'apps']) {
    const g = join(root, group);
    if (!existsSync(g)) continue;
    for (const d of readdirSync(g)) if (existsSync(join(g, d, 'package.json'))) dirs.push(join(g, d));
  }
  return dirs;
}

const started = Date.now();
ensureDependencies();
ensureChromium();

const checks = [];
/** Runs one check (a pnpm command, or a node script of scripts/ when `script` is given) and records it. */
const step = (name, args, script) => {
  console.log(`\n=== ${name} ===`);
  const code = script
    ? spawnSync(process.execPath, [join(root, 'scripts', script), ...args], { stdio: 'inherit' }).status
    : pnpm(args);
  checks.push({ name, ok: code === 0 });
  return code === 0;
};

const built = step('build', ['exec', 'turbo', 'run', 'build', '--output-logs=errors-only']);
step('typecheck', ['exec', 'turbo', 'run', 'typecheck', '--continue', '--output-logs=errors-only']);
step('lint', ['exec', 'biome', 'check', '.']);
step('lint:layers', ['run', 'lint:layers']);
// Issue 16's structure rules: files ≤ 400 lines, functions ≤ 80, no type declared in two packages,
// no upward import in core.
step('architecture', ['--strict'], 'architecture.mjs');
// docs/CONTRACTS.md against the built .d.ts files and custom-elements.json.
if (built) step('contracts', [], 'contracts.mjs');

let passed = 0;
let failed = 0;
let skipped = 0;
const perPackage = [];
if (built) {
  for (const dir of workspaceDirs()) rmSync(join(dir, '.vitest-results'), { recursive: true, force: true });
  console.log('\n=== tests ===');
  const testCode = pnpm(['exec', 'turbo', 'run', 'test', '--continue', '--concurrency=1']);
  for (const dir of workspaceDirs()) {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    if (!pkg.scripts?.test) continue;
    const file = join(dir, '.vitest-results', 'results.json');
    if (!existsSync(file)) {
      perPackage.push(`${pkg.name}: no results (the test run crashed)`);
      failed += 1;
      continue;
    }
    const r = JSON.parse(readFileSync(file, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    skipped += r.numPendingTests + (r.numTodoTests ?? 0);
    // A suite that failed to load (syntax error, import failure) has no tests but must count.
    const brokenSuites = (r.testResults ?? []).filter(
      (s) => s.status === 'failed' && s.assertionResults.length === 0,
    );
    failed += brokenSuites.length;
    perPackage.push(
      `${pkg.name}: ${r.numPassedTests} passed, ${r.numFailedTests + brokenSuites.length} failed`,
    );
  }
  if (testCode !== 0 && failed === 0) failed += 1; // the runner failed for a reason no report shows
} else {
  console.error('\nbuild failed: tests not run');
}

for (const c of checks) {
  if (c.ok) passed += 1;
  else failed += 1;
}
console.log('\n=== summary ===');
for (const c of checks) console.log(`${c.name}: ${c.ok ? 'ok' : 'FAILED'}`);
for (const line of perPackage) console.log(line);
console.log(`time: ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 ? 0 : 1);
