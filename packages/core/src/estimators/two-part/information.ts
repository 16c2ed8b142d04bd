import { linearPredictors, parameterCount, type TwoPartData } from './data.js';
import type { ObservationTerms, TwoPartLikelihood } from './observation.js';

/**
 * Observed information (negated Hessian of ℓ) of a two-part model over (count β, zero γ, log θ),
 * q × q row-major. Each observation's 3 × 3 Hessian in its scalar predictors (η_count, η_zero, log θ)
 * is taken by central differences of the analytic first derivatives (step 1e-5·max(1, |·|), error
 * ≈ 1e-10 relative), then chained to the coefficients: I = Σᵢ Jᵢᵀ Hᵢ Jᵢ with Jᵢ the rows xᵢ, zᵢ.
 * pscl differentiates its total gradient numerically instead (`optim(hessian = TRUE)`, step 1e-3).
 * Cost O(n·q²) plus 6 likelihood evaluations per observation.
 * @example import { buildTwoPartDesign } from './design.js';
 * import { zeroInflatedLikelihood } from '../zero-inflated/loglik.js';
 * const { data } = buildTwoPartDesign('Days ~ Eth | 1', quine);
 * twoPartInformation(zeroInflatedLikelihood('negbin'), data, [2.5, 0.3, -3, 0]).length // => 16
 */
export function twoPartInformation(
  lik: TwoPartLikelihood,
  d: TwoPartData,
  par: ArrayLike<number>,
): Float64Array {
  const { n, kCount, kZero } = d;
  const q = parameterCount(d, lik);
  const hasT = q > kCount + kZero;
  const { etaCount, etaZero, theta } = linearPredictors(d, par);
  const t = Math.log(theta);
  // Negated second derivatives per observation: cc, cz, zz, ct, zt, tt.
  const w = Array.from({ length: 6 }, () => new Float64Array(n));
  const grad = (y: number, c: number, z: number, tt: number): ObservationTerms =>
    lik.terms(y, c, z, hasT ? Math.exp(tt) : theta);
  for (let i = 0; i < n; i++) {
    const y = d.y[i] as number;
    const c = etaCount[i] as number;
    const z = etaZero[i] as number;
    const hc = 1e-5 * Math.max(1, Math.abs(c));
    const hz = 1e-5 * Math.max(1, Math.abs(z));
    const cUp = grad(y, c + hc, z, t);
    const cDown = grad(y, c - hc, z, t);
    const zUp = grad(y, c, z + hz, t);
    const zDown = grad(y, c, z - hz, t);
    (w[0] as Float64Array)[i] = -(cUp.dEtaCount - cDown.dEtaCount) / (2 * hc);
    (w[1] as Float64Array)[i] =
      -((cUp.dEtaZero - cDown.dEtaZero) / (2 * hc) + (zUp.dEtaCount - zDown.dEtaCount) / (2 * hz)) / 2;
    (w[2] as Float64Array)[i] = -(zUp.dEtaZero - zDown.dEtaZero) / (2 * hz);
    if (hasT) {
      const ht = 1e-5 * Math.max(1, Math.abs(t));
      const tUp = grad(y, c, z, t + ht);
      const tDown = grad(y, c, z, t - ht);
      (w[3] as Float64Array)[i] =
        -((cUp.dT - cDown.dT) / (2 * hc) + (tUp.dEtaCount - tDown.dEtaCount) / (2 * ht)) / 2;
      (w[4] as Float64Array)[i] =
        -((zUp.dT - zDown.dT) / (2 * hz) + (tUp.dEtaZero - tDown.dEtaZero) / (2 * ht)) / 2;
      (w[5] as Float64Array)[i] = -(tUp.dT - tDown.dT) / (2 * ht);
    }
  }
  return assemble(d, q, hasT, w as Float64Array[]);
}

/** I = Σᵢ Jᵢᵀ Hᵢ Jᵢ from the per-observation weights. */
function assemble(d: TwoPartData, q: number, hasT: boolean, w: Float64Array[]): Float64Array {
  const { n, kCount, kZero } = d;
  const k = kCount + kZero;
  // Column j of the stacked design: a count or a zero column.
  const col = (j: number) =>
    j < kCount
      ? d.xCount.subarray(j * n, (j + 1) * n)
      : d.xZero.subarray((j - kCount) * n, (j - kCount + 1) * n);
  const part = (j: number) => (j < kCount ? 0 : 1);
  const weightOf = (a: number, b: number) =>
    (a === 0 ? (b === 0 ? w[0] : w[1]) : b === 0 ? w[1] : w[2]) as Float64Array;
  const info = new Float64Array(q * q);
  for (let a = 0; a < k; a++) {
    const xa = col(a);
    for (let b = a; b < k; b++) {
      const xb = col(b);
      const wab = weightOf(part(a), part(b));
      let s = 0;
      for (let i = 0; i < n; i++) s += (wab[i] as number) * (xa[i] as number) * (xb[i] as number);
      info[a * q + b] = s;
      info[b * q + a] = s;
    }
    if (hasT) {
      const wt = (part(a) === 0 ? w[3] : w[4]) as Float64Array;
      let s = 0;
      for (let i = 0; i < n; i++) s += (wt[i] as number) * (xa[i] as number);
      info[a * q + k] = s;
      info[k * q + a] = s;
    }
  }
  if (hasT) {
    let s = 0;
    for (let i = 0; i < n; i++) s += w[5]?.[i] as number;
    info[k * q + k] = s;
  }
  return info;
}
