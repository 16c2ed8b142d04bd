import type { ViteUserConfig } from 'vitest/config';

/**
 * Test settings shared by every package: a JSON report that `npm test` sums into its closing line.
 * Workspace dependencies resolve to their built `dist/` (turbo builds them first).
 */
export const sharedTestConfig: ViteUserConfig = {
  test: {
    passWithNoTests: false,
    reporters: ['default', ['json', { outputFile: '.vitest-results/results.json' }]],
    testTimeout: 30_000,
  },
};
