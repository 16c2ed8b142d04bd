import { defineConfig } from 'vitest/config';

/**
 * The demo's browser benches that are written as vitest files (`pnpm bench` runs them after the
 * initial-load and main-thread scripts): the page's main-thread CPU while the whole multiverse runs in the
 * worker pool, against the 50 ms limit. A bench, not part of `npm test`: it measures time.
 */
export default defineConfig({ test: { include: ['bench/**/*.test.ts'], testTimeout: 660_000 } });
