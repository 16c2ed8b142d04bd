// Every `@example` in src/ is compiled against the package's types (DOM code: not run) (scripts/examples/README.md: the convention).
import { beforeAll, describe, it } from 'vitest';
import { exampleSuite } from '../../../scripts/examples/suite.mjs';

exampleSuite(
  { describe, it, beforeAll },
  { testFile: import.meta.url, entry: null, selfName: '@peacepanel/demo', run: false, label: 'apps/demo/' },
);
