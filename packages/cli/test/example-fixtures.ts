// Real data that `@example` blocks in the cli's src/ may use by name (scripts/examples/README.md):
// core's names and fixtures (examples moved out of core still use them) and the committed report numbers.
import { readFileSync } from 'node:fs';
import type { ReplicationNumbers } from '../src/index.js';

export * from '@peacepanel/core';
export * from '../../core/test/example-fixtures.js';

/** The replication's committed `numbers.json` (docs/replication, written by `peacepanel replicate`). */
export const replicationNumbers = JSON.parse(
  readFileSync(new URL('../../../docs/replication/numbers.json', import.meta.url), 'utf8'),
) as ReplicationNumbers;
