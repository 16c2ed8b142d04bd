import type { OutcomeGroups } from '../../likelihood/negbin-y-tables.js';
import { type ThetaTables, thetaTables } from '../../likelihood/negbin-y-tables.js';

/**
 * Maximum-likelihood θ of NB2 for fixed means μ, by Newton's method on log θ with step-halving
 * (as `MASS::theta.ml`, which starts from the moment estimate n / Σ (y/μ − 1)²). The result is
 * clamped to [e^−20, e^20]; `atBound` tells when θ ran to a bound (θ → ∞ means no overdispersion).
 * Frequency weights w, when given, weight each row's terms (and n = Σ w in the moment start).
 * @example import { groupOutcomes } from '../../likelihood/negbin-y-tables.js';
 * // y = 0, 1, 0, 3, 7, 0, 2, 12 at their mean μ = 3.125
 * const y = Float64Array.of(0, 1, 0, 3, 7, 0, 2, 12);
 * thetaMl(y, new Float64Array(8).fill(3.125), groupOutcomes(y)).theta // => 0.52986635153
 */
export function thetaMl(
  y: Float64Array,
  mu: Float64Array,
  groups: OutcomeGroups,
  maxIter = 50,
  weights?: Float64Array,
): { theta: number; atBound: boolean } {
  const n = y.length;
  let s = 0;
  let nw = 0;
  for (let i = 0; i < n; i++) {
    const wi = weights ? (weights[i] as number) : 1;
    s += wi * ((y[i] as number) / (mu[i] as number) - 1) ** 2;
    nw += wi;
  }
  let t = Math.log(Math.min(Math.max(nw / s, 1e-4), 1e6));
  if (!Number.isFinite(t)) t = 0;
  for (let it = 0; it < maxIter; it++) {
    const th = Math.exp(t);
    const { g, h } = thetaDerivatives(y, mu, groups.index, thetaTables(groups.values, th, true), th, weights);
    const gT = th * g;
    const hT = th * th * h + th * g;
    let step = hT < 0 ? -gT / hT : Math.sign(gT);
    step = Math.max(-3, Math.min(3, step));
    t = Math.max(-20, Math.min(20, t + step));
    if (Math.abs(step) < 1e-10 || t === 20 || t === -20) break;
  }
  return { theta: Math.exp(t), atBound: t >= 20 || t <= -20 };
}

/** Σ wᵢ ∂ℓᵢ/∂θ and Σ wᵢ ∂²ℓᵢ/∂θ² at fixed means (a plain function: its loop compiles well). */
function thetaDerivatives(
  y: Float64Array,
  mu: Float64Array,
  index: Int32Array,
  tables: ThetaTables,
  th: number,
  weights: Float64Array | undefined,
): { g: number; h: number } {
  const { dg, tg } = tables;
  const inv = 1 / th;
  let g = 0;
  let h = 0;
  for (let i = 0; i < y.length; i++) {
    const yi = y[i] as number;
    const m = mu[i] as number;
    const r = 1 / (th + m);
    const u = index[i] as number;
    const wi = weights ? (weights[i] as number) : 1;
    g += wi * ((dg[u] as number) - Math.log1p(m * inv) + (m - yi) * r);
    h += wi * ((tg[u] as number) + inv - 2 * r + (yi + th) * r * r);
  }
  return { g, h };
}
