import { readFileSync } from 'node:fs';
import type { ReplicationNumbers } from '@peacepanel/cli';
import { describe, expect, it } from 'vitest';
import { replicationVerdicts } from '../src/pages/overview/replication-verdicts.js';

const committed = JSON.parse(
  readFileSync(new URL('../../../docs/replication/numbers.json', import.meta.url), 'utf8'),
) as ReplicationNumbers;

describe('the Overview reads the replication verdicts from numbers.json', () => {
  it('lists the main claims with the verdicts of the committed report, on its dataset', () => {
    const r = replicationVerdicts(committed);
    expect(r?.dataset).toBe(committed.meta.dataset.id);
    expect(r?.verdicts.map((v) => v.id)).toEqual([
      'un-reduces',
      'nonun-alone',
      'partnership',
      'partner-share',
    ]);
    for (const v of r?.verdicts ?? [])
      expect(v.verdict).toBe(committed.claims.find((c) => c.id === v.id)?.verdict);
  });

  it('follows the numbers: a changed verdict changes what the page says', () => {
    const changed = structuredClone(committed);
    for (const c of changed.claims) c.verdict = 'not testable';
    expect(replicationVerdicts(changed)?.verdicts.every((v) => v.verdict === 'not testable')).toBe(true);
  });
});
