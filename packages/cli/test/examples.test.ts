// Every `@example` in src/ runs as a test (scripts/examples/README.md: the convention).
import { beforeAll, describe, it } from 'vitest';
import { exampleSuite } from '../../../scripts/examples/suite.mjs';

exampleSuite(
  { describe, it, beforeAll },
  {
    testFile: import.meta.url,
    entry: 'src/index.ts',
    selfName: '@peacepanel/cli',
    fixtures: 'test/example-fixtures.ts',
    run: true,
    label: 'packages/cli/',
  },
);
