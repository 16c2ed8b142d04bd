import { defineConfig, mergeConfig } from 'vitest/config';
import { sharedTestConfig } from '../../vitest.shared';

// Browser tests launch one Chromium and wait for real model fits: give them a minute each.
export default mergeConfig(
  sharedTestConfig,
  defineConfig({
    test: { include: ['test/**/*.test.ts', 'src/**/*.test.ts'], testTimeout: 90_000, hookTimeout: 60_000 },
  }),
);
