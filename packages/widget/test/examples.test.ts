// Every `@example` in src/ runs as a test; those that need a browser say `// types-only` and are only compiled (scripts/examples/README.md: the convention).
import { beforeAll, describe, it } from 'vitest';
import { exampleSuite } from '../../../scripts/examples/suite.mjs';

exampleSuite(
  { describe, it, beforeAll },
  {
    testFile: import.meta.url,
    entry: 'src/index.ts',
    selfName: '@peacepanel/widget',
    run: true,
    label: 'packages/widget/',
  },
);
