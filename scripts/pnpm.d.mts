import type { SpawnSyncOptions } from 'node:child_process';

export const PNPM_VERSION: string;
/** The repository root. */
export const root: string;
export function ensurePnpm(): string;
/** Runs the pinned pnpm (in the root unless `options.cwd`); returns the exit code. */
export function pnpm(args: string[], options?: SpawnSyncOptions): number;
