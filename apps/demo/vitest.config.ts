import { defineConfig, mergeConfig } from 'vitest/config';
import { sharedTestConfig } from '../../vitest.shared';

/**
 * Two groups, run one after the other (`sequence.groupOrder`): every test file in parallel, then the
 * main-thread test alone, because it measures the CPU time of the page's tasks while the multiverse runs
 * and other Chromium pages on the same two cores would inflate it.
 */
const MAIN_THREAD = 'test/main-thread.test.ts';

export default mergeConfig(
  sharedTestConfig,
  defineConfig({
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'demo',
            include: ['test/**/*.test.ts'],
            exclude: [MAIN_THREAD],
            sequence: { groupOrder: 0 },
          },
        },
        {
          extends: true,
          test: { name: 'main-thread', include: [MAIN_THREAD], sequence: { groupOrder: 1 } },
        },
      ],
    },
  }),
);
