#!/usr/bin/env node
// Runs the workspace's pinned pnpm, installing it locally (into .tools/, via npm) when it is missing.
// Usage: node scripts/pnpm.mjs <pnpm args...>. No global install and no corepack needed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PNPM_VERSION = '12.4.2';
export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const toolsDir = join(root, '.tools');
const pnpmBin = join(toolsDir, 'node_modules', 'pnpm', 'bin', 'pnpm.mjs');

function installedVersion() {
  const pkg = join(toolsDir, 'node_modules', 'pnpm', 'package.json');
  if (!existsSync(pkg)) return null;
  return JSON.parse(readFileSync(pkg, 'utf8')).version;
}

/** Makes sure .tools/ holds pnpm PNPM_VERSION; returns the path of its entry script. */
export function ensurePnpm() {
  if (installedVersion() !== PNPM_VERSION) {
    console.log(`[setup] installing pnpm ${PNPM_VERSION} into .tools/ (npm)…`);
    const r = spawnSync(
      'npm',
      ['install', '--prefix', toolsDir, '--no-save', '--no-audit', '--no-fund', '-E', `pnpm@${PNPM_VERSION}`],
      {
        stdio: 'inherit',
        cwd: root,
      },
    );
    if (r.status !== 0 || installedVersion() !== PNPM_VERSION) {
      console.error('[setup] could not install pnpm with npm; check that the npm registry is reachable.');
      process.exit(1);
    }
  }
  return pnpmBin;
}

/** Runs pnpm with the given arguments in the workspace root; returns the exit code. */
export function pnpm(args, options = {}) {
  const bin = ensurePnpm();
  // turbo looks pnpm up on PATH, so put the local one first.
  const env = { ...process.env, PATH: `${join(toolsDir, 'node_modules', '.bin')}:${process.env.PATH ?? ''}` };
  const r = spawnSync(process.execPath, [bin, ...args], { stdio: 'inherit', cwd: root, env, ...options });
  return r.status ?? 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // From the command line, run where the user stands (a package folder runs that package's scripts).
  process.exit(pnpm(process.argv.slice(2), { cwd: process.cwd() }));
}
