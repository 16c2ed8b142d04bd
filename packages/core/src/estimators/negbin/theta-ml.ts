import type { OutcomeGroups } from './y-tables.js';
import { thetaTables } from './y-tables.js';

/**
 * Maximum-likelihood θ of NB2 for fixed means μ, by Newton's method on log θ with step-halving
 * (as `MASS::theta.ml`, which starts from the moment estimate n / Σ (y/μ − 1)²). The result is
 * clamped to [e^−20, e^20]; `atBound` tells when θ ran to a bound (θ → ∞ means no overdispersion).
 * @example thetaMl(y, mu, groupOutcomes(y)).theta
 */
export function thetaMl(
  y: Float64Array,
  mu: Float64Array,
  groups: OutcomeGroups,
  maxIter = 50,
): { theta: number; atBound: boolean } {
  const n = y.length;
  let s = 0;
  for (let i = 0; i < n; i++) s += ((y[i] as number) / (mu[i] as number) - 1) ** 2;
  let t = Math.log(Math.min(Math.max(n / s, 1e-4), 1e6));
  if (!Number.isFinite(t)) t = 0;
  for (let it = 0; it < maxIter; it++) {
    const th = Math.exp(t);
    let g = 0;
    let h = 0;
    const tables = thetaTables(groups.values, th, true);
    for (let i = 0; i < n; i++) {
      const yi = y[i] as number;
      const m = mu[i] as number;
      const tm = th + m;
      const u = groups.index[i] as number;
      const gTheta = (tables.dg[u] as number) - Math.log1p(m / th) + (m - yi) / tm;
      const hTheta = (tables.tg[u] as number) + 1 / th - 2 / tm + (yi + th) / (tm * tm);
      g += gTheta;
      h += hTheta;
    }
    const gT = th * g;
    const hT = th * th * h + th * g;
    let step = hT < 0 ? -gT / hT : Math.sign(gT);
    step = Math.max(-3, Math.min(3, step));
    t = Math.max(-20, Math.min(20, t + step));
    if (Math.abs(step) < 1e-10 || t === 20 || t === -20) break;
  }
  return { theta: Math.exp(t), atBound: t >= 20 || t <= -20 };
}
