// Installs what a bare machine (Node.js 20 + npm) lacks: pnpm (local, pinned) and the workspace
// dependencies. Idempotent: a second run with an unchanged lockfile does nothing.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pnpm, root } from './pnpm.mjs';

const stampFile = join(root, 'node_modules', '.peacepanel-install-stamp');

function lockHash() {
  const h = createHash('sha256');
  for (const f of ['pnpm-lock.yaml', 'pnpm-workspace.yaml', 'package.json']) {
    const p = join(root, f);
    if (existsSync(p)) h.update(readFileSync(p));
  }
  return h.digest('hex');
}

/** Installs workspace dependencies unless the stamp says the lockfile has not changed since. */
export function ensureDependencies() {
  const want = lockHash();
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === want) {
    console.log('[setup] dependencies up to date');
    return;
  }
  console.log('[setup] installing workspace dependencies (pnpm install)…');
  const code = pnpm(['install', '--frozen-lockfile', '--reporter=append-only']);
  if (code !== 0) {
    console.error('[setup] pnpm install failed');
    process.exit(code);
  }
  writeFileSync(stampFile, want);
}
