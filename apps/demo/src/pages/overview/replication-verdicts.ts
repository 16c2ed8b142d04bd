import type { ReplicationNumbers } from '@peacepanel/core';

// The committed replication numbers (docs/replication/numbers.json, written by `peacepanel replicate`), read
// at build time; a glob so the app still builds if the report folder is absent.
const files = import.meta.glob<ReplicationNumbers>('../../../../../docs/replication/numbers.json', {
  import: 'default',
  eager: true,
});

/** The study's main claims, in the order the Overview lists them. */
const MAIN_CLAIMS = ['un-reduces', 'nonun-alone', 'partnership', 'partner-share'] as const;

/** One main claim and the report's verdict on the bundled data. */
export interface MainVerdict {
  id: (typeof MAIN_CLAIMS)[number];
  claim: string;
  verdict: ReplicationNumbers['claims'][number]['verdict'];
}

/**
 * The report's verdicts on the study's main claims, with the dataset they were estimated on, or null when the
 * report is not there. Read from numbers.json, never typed in, so the Overview cannot claim more than it holds.
 * @example replicationVerdicts()?.verdicts.find((v) => v.id === 'partnership')?.verdict // 'not reproduced'
 */
export function replicationVerdicts(
  numbers: ReplicationNumbers | undefined = Object.values(files)[0],
): { dataset: string; verdicts: MainVerdict[] } | null {
  if (!numbers) return null;
  const verdicts = MAIN_CLAIMS.flatMap((id) => {
    const c = numbers.claims.find((x) => x.id === id);
    return c ? [{ id, claim: c.claim, verdict: c.verdict }] : [];
  });
  return { dataset: numbers.meta.dataset.id, verdicts };
}
