import { seededRng } from './rng.js';

/** Bootstrap weights of {@link wildScoreTest}. */
export type WildWeights = 'rademacher' | 'webb';

/** The result of a wild cluster score bootstrap test. */
export interface WildScoreTestResult {
  /** Score statistic (Σ c_g)² / Σ c_g² (CR0-studentised), χ²(1) asymptotically. */
  statistic: number;
  /** Bootstrap p-value: share of replications with T* ≥ T. */
  p: number;
  /** Replications used (2^G when all Rademacher sign vectors were enumerated). */
  reps: number;
  /** True when every Rademacher sign vector was enumerated (the exact bootstrap distribution). */
  enumerated: boolean;
  weights: WildWeights;
  seed: number;
}

const WEBB = [-Math.sqrt(1.5), -1, -Math.sqrt(0.5), Math.sqrt(0.5), 1, Math.sqrt(1.5)];

/**
 * The wild cluster bootstrap of a score test from per-cluster contributions c_g = a·S_g (Kline &
 * Santos 2012, "A score based approach to wild bootstrap inference", J. Econometric Methods 1(1);
 * Roodman et al. 2019, "Fast and wild", Stata J. 19(1), §3.5): T = (Σ c_g)²/Σ c_g², and for each
 * replication T* = (Σ w_g c_g)²/Σ (w_g c_g)² with w_g Rademacher (±1) or Webb's six-point weights
 * (±√1.5, ±1, ±√0.5). Replication r draws from `seededRng(seed, r)` alone, so the result is
 * deterministic. With Rademacher weights and 2^G ≤ `reps` every sign vector is enumerated once
 * (boottest's rule). p = #{T* ≥ T}/B. Cost O(B·G).
 * @example wildScoreTest(Float64Array.of(1, -2, 0.5, 1.5), { reps: 999, seed: 1, weights: 'rademacher' }).enumerated // => true
 */
export function wildScoreTest(
  c: Float64Array,
  opts: { reps: number; seed: number; weights: WildWeights },
): WildScoreTestResult {
  const G = c.length;
  let sum = 0;
  let sumSq = 0;
  for (let g = 0; g < G; g++) {
    sum += c[g] as number;
    sumSq += (c[g] as number) ** 2;
  }
  const statistic = (sum * sum) / sumSq;
  // Compare with a relative tolerance so that the replication equal to the data (all weights 1) counts.
  const atLeast = (t: number) => t >= statistic * (1 - 1e-12);
  const enumerated = opts.weights === 'rademacher' && G <= 30 && 2 ** G <= opts.reps;
  let hits = 0;
  let reps = opts.reps;
  if (enumerated) {
    reps = 2 ** G;
    for (let mask = 0; mask < reps; mask++) {
      let s = 0;
      for (let g = 0; g < G; g++) s += (mask >>> g) & 1 ? -(c[g] as number) : (c[g] as number);
      if (atLeast((s * s) / sumSq)) hits++;
    }
  } else
    for (let r = 0; r < reps; r++) {
      const rng = seededRng(opts.seed, r);
      let s = 0;
      let ss = 0;
      for (let g = 0; g < G; g++) {
        const w = opts.weights === 'webb' ? (WEBB[rng.nextInt(6)] as number) : rng.nextInt(2) ? 1 : -1;
        const v = w * (c[g] as number);
        s += v;
        ss += v * v;
      }
      if (atLeast((s * s) / ss)) hits++;
    }
  return { statistic, p: hits / reps, reps, enumerated, weights: opts.weights, seed: opts.seed };
}
