import { invertSpd } from '../../linalg/spd.js';
import { clusterMeat, psdFix, sandwichOf } from '../../vcov/multiway.js';

/** Covariance of the (count, zero) coefficients and the standard error of log θ. */
export interface TwoPartVcov {
  /** k × k row-major, k = count + zero coefficients. */
  vcov: Float64Array;
  logThetaStdError: number | null;
  description: string;
  warnings: string[];
}

/**
 * Covariance of a two-part fit in pscl's and sandwich's conventions. `model`: the (count, zero) block of
 * the inverse observed information over all parameters including log θ (pscl's `vcov`). `robust`:
 * that block as bread and the (count, zero) scores as meat, HC0 (`sandwich::sandwich`, whose
 * `estfun.zeroinfl`/`estfun.hurdle` leave out the θ score). `cluster`: the same with cluster sums of
 * scores and G/(G−1), one- or two-way (`sandwich::vcovCL`, type HC0, see `clusterMeat`).
 * Returns null when the information is singular.
 * @example // one parameter, information 4, scores of 3 rows
 * twoPartVcov(Float64Array.of(4), Float64Array.of(1, -1, 2), 3, 1, 1, { type: 'model' })?.vcov // => [0.25]
 */
export function twoPartVcov(
  info: Float64Array,
  scores: Float64Array,
  n: number,
  k: number,
  q: number,
  req: { type: 'model' | 'robust' | 'cluster'; clusters?: ArrayLike<number | string>[]; names?: string[] },
): TwoPartVcov | null {
  const full = invertSpd(info, q);
  if (!full) return null;
  const bread = new Float64Array(k * k);
  for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) bread[a * k + b] = full[a * q + b] as number;
  const logThetaStdError = q > k ? Math.sqrt(full[k * q + k] as number) : null;
  if (req.type === 'model')
    return {
      vcov: bread,
      logThetaStdError,
      description: 'model-based: inverse observed information (pscl convention)',
      warnings: [],
    };
  const s = new Float64Array(n * k);
  for (let i = 0; i < n; i++) for (let a = 0; a < k; a++) s[i * k + a] = scores[i * q + a] as number;
  const clusters =
    req.type === 'cluster' ? (req.clusters ?? []) : [Int32Array.from({ length: n }, (_, i) => i)];
  const m = clusterMeat(s, n, k, clusters);
  if (req.type === 'robust') {
    // HC0: no G/(G−1) (clusterMeat applied n/(n−1) for singleton clusters; undo it).
    for (let i = 0; i < m.meat.length; i++) m.meat[i] = ((m.meat[i] as number) * (n - 1)) / n;
  }
  const names = req.names ?? [];
  const description =
    req.type === 'robust'
      ? 'robust HC0 sandwich (R sandwich::sandwich convention, θ score excluded)'
      : `cluster-robust by ${names.join(' and ') || 'cluster'} (G = ${m.groups.slice(0, clusters.length).join(', ')}${clusters.length === 2 ? `; intersection ${m.groups[2]}` : ''}): G/(G−1) per dimension${clusters.length === 2 ? ', Cameron–Gelbach–Miller two-way' : ''} (R sandwich::vcovCL convention, type HC0)`;
  const V = sandwichOf(bread, m.meat, k);
  const { vcov, fixed } = clusters.length === 2 ? psdFix(V, k) : { vcov: V, fixed: false };
  const warnings = fixed
    ? [
        'the two-way cluster-robust covariance was not positive semi-definite; its negative eigenvalues were set to zero (sandwich::vcovCL fix = TRUE)',
      ]
    : [];
  return { vcov, logThetaStdError, description, warnings };
}
