import type { ThetaTables } from '../../likelihood/negbin-y-tables.js';

/** Per-row outputs of {@link negbinRowDerivatives} (length n each; written in place). */
export interface NegbinRowBuffers {
  /** ∂ℓᵢ/∂ηᵢ. */
  gEta: Float64Array;
  /** −∂²ℓᵢ/∂ηᵢ² (observed). */
  hEE: Float64Array;
  /** −∂²ℓᵢ/∂ηᵢ∂t, t = ln θ. */
  hET: Float64Array;
  /** Expected information weight μθ/(θ+μ). */
  wExp: Float64Array;
}

/**
 * The NB2 derivatives of every row in η and t = ln θ in one pass (the formulas of
 * `negbinDerivatives`, with ψ(y+θ) − ψ(θ) and ψ'(y+θ) − ψ'(θ) read from the per-count tables and
 * log(1 + μ/θ) from the log-likelihood pass), summing the t-gradient and t-curvature. A plain
 * function rather than part of the fit's generator, where V8 compiles loops less well; the row
 * curvatures are skipped when `curvature` is false (chord steps need only the gradient).
 * Reference: Cameron & Trivedi (2013), Regression Analysis of Count Data, §3.3.
 * @example import { groupOutcomes, thetaTables } from '../../likelihood/negbin-y-tables.js';
 * const y = Float64Array.of(0, 2);
 * const mu = Float64Array.of(1, 1);
 * const buffers = { gEta: new Float64Array(2), hEE: new Float64Array(2), hET: new Float64Array(2), wExp: new Float64Array(2) };
 * const groups = groupOutcomes(y);
 * negbinRowDerivatives(y, mu, Float64Array.of(Math.log1p(1), Math.log1p(1)), groups.index, thetaTables(groups.values, 1, true), 1, true, buffers).gT // => 0.113706
 */
export function negbinRowDerivatives(
  y: Float64Array,
  mu: Float64Array,
  l1p: Float64Array,
  index: Int32Array,
  tables: ThetaTables,
  theta: number,
  curvature: boolean,
  out: NegbinRowBuffers,
  weights?: Float64Array,
): { gT: number; hTT: number } {
  const { gEta, hEE, hET, wExp } = out;
  const { dg, tg } = tables;
  const n = y.length;
  const invTheta = 1 / theta;
  let gSum = 0;
  let hSum = 0;
  for (let i = 0; i < n; i++) {
    const yi = y[i] as number;
    const m = mu[i] as number;
    const tm = theta + m;
    const r = 1 / tm;
    const u = index[i] as number;
    const wi = weights ? (weights[i] as number) : 1;
    const gTheta = (dg[u] as number) - (l1p[i] as number) + (m - yi) * r;
    const hThetaTheta = (tg[u] as number) + invTheta - 2 * r + (yi + theta) * r * r;
    const a = theta * r;
    gEta[i] = wi * (yi - m) * a;
    if (curvature) {
      const am = a * m * r;
      hEE[i] = wi * am * (theta + yi);
      hET[i] = -wi * am * (yi - m);
      wExp[i] = wi * a * m;
    }
    gSum += wi * gTheta;
    hSum += wi * hThetaTheta;
  }
  return { gT: theta * gSum, hTT: -(theta * theta * hSum + theta * gSum) };
}
