import type { ReplicationNumbers } from '@peacepanel/cli';

// The committed replication numbers (docs/replication/numbers.json, written by `peacepanel replicate`), read
// at build time; a glob so the app still builds if the report folder is absent. Only the `claims` and `meta`
// keys are imported (Vite's JSON named exports), so the rest of the file stays out of the Overview chunk.
const claimFiles = import.meta.glob<ReplicationNumbers['claims']>(
  '../../../../../docs/replication/numbers.json',
  { eager: true, import: 'claims' },
);
const metaFiles = import.meta.glob<ReplicationNumbers['meta']>(
  '../../../../../docs/replication/numbers.json',
  { eager: true, import: 'meta' },
);
const committed = (): Pick<ReplicationNumbers, 'claims' | 'meta'> | undefined => {
  const claims = Object.values(claimFiles)[0];
  const meta = Object.values(metaFiles)[0];
  return claims && meta ? { claims, meta } : undefined;
};

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
 * @example replicationVerdicts()?.verdicts.find((v) => v.id === 'partnership')?.verdict // => 'not reproduced'
 */
export function replicationVerdicts(
  numbers: Pick<ReplicationNumbers, 'claims' | 'meta'> | undefined = committed(),
): { dataset: string; verdicts: MainVerdict[] } | null {
  if (!numbers) return null;
  const verdicts = MAIN_CLAIMS.flatMap((id) => {
    const c = numbers.claims.find((x) => x.id === id);
    return c ? [{ id, claim: c.claim, verdict: c.verdict }] : [];
  });
  return { dataset: numbers.meta.dataset.id, verdicts };
}
