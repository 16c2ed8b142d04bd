import { invertSpd } from '../linalg/spd.js';
import type { VcovInput } from './information.js';
import {
  expectedInformation,
  observationScores,
  observedInformation,
  thetaInformation,
} from './information.js';
import { clusterMeat, psdFix, sandwichOf } from './multiway.js';
import { clusterSandwich } from './sandwich.js';

/** Which variance estimator, with its options (from the model spec). */
export interface VcovRequest {
  type: 'model' | 'oim' | 'robust' | 'cluster';
  hc: 'HC0' | 'HC1';
  convention: 'stata' | 'sandwich';
  /** Cluster code (0…G−1) of each design row, for `cluster`. */
  cluster?: Int32Array | undefined;
  clusterName?: string | undefined;
  groups?: number | undefined;
  /** Second clustering (code of each design row) for two-way clustering, and its column name. */
  cluster2?: Int32Array | undefined;
  cluster2Name?: string | undefined;
}

/** The covariance of β (p × p, row-major), the standard error of θ and of ln α, and a description. */
export interface VcovResult {
  vcov: Float64Array;
  thetaStdError: number | null;
  lnAlphaStdError: number | null;
  description: string;
}

/**
 * Computes the covariance of the coefficients under one of the conventions researchers compare with:
 * - `model`: inverse expected information with θ fixed (R `summary(glm.nb)`);
 * - `oim`: β block of the inverse observed information over (β, ln α) (Stata `nbreg`);
 * - `robust`: HC0/HC1 sandwich: `stata` convention over (β, ln α) with OIM bread and n/(n−1) for HC1
 *   (Stata `vce(robust)`); `sandwich` convention θ fixed, expected bread, n/(n−k) for HC1 (R `vcovHC`);
 * - `cluster`: `stata` CR1 over (β, ln α), OIM bread, G/(G−1) (Stata `vce(cluster)`); `sandwich`
 *   θ fixed, expected bread, G/(G−1) (R `sandwich::vcovCL` defaults for glm/glm.nb: type HC0, cadjust).
 * Frequency weights (`m.weights`) weight the information; in the meat, the `stata` convention counts
 * row i as wᵢ copies (Σ wᵢ sᵢsᵢᵀ, per-cluster Σ wᵢsᵢ, n = Σ w in HC1), the `sandwich` one uses R's
 * `estfun` wᵢsᵢ (Σ wᵢ²sᵢsᵢᵀ, per-cluster Σ wᵢsᵢ, n = rows in HC1), as `sandwich` does for weighted `glm`.
 * Returns null when an information matrix is singular.
 * @example computeVcov(fitInput, { type: 'cluster', hc: 'HC1', convention: 'stata', cluster, groups: 27 })
 */
export function computeVcov(m: VcovInput, req: VcovRequest): VcovResult | null {
  const { n, p } = m;
  const isNb = m.theta !== null;
  const glmnbThetaSe = (): number | null => {
    if (m.theta === null) return null;
    const i = thetaInformation(m.y, m.eta, m.theta, m.weights);
    return i > 0 ? 1 / Math.sqrt(i) : null;
  };
  const betaBlock = (V: Float64Array, q: number): Float64Array => {
    if (q === p) return V;
    const out = new Float64Array(p * p);
    for (let a = 0; a < p; a++) for (let b = 0; b < p; b++) out[a * p + b] = V[a * q + b] as number;
    return out;
  };
  const joint = (V: Float64Array, q: number) => {
    if (q === p || m.theta === null) return { thetaStdError: glmnbThetaSe(), lnAlphaStdError: null };
    const seT = Math.sqrt(V[p * q + p] as number);
    return { thetaStdError: m.theta * seT, lnAlphaStdError: seT };
  };

  if (req.type === 'model' || (req.type === 'oim' && !isNb)) {
    const V = invertSpd(expectedInformation(m), p);
    if (!V) return null;
    return {
      vcov: V,
      thetaStdError: glmnbThetaSe(),
      lnAlphaStdError: null,
      description: isNb
        ? 'model-based: inverse expected information with θ fixed (R glm.nb convention)'
        : 'model-based: inverse information (R glm convention)',
    };
  }
  if (req.type === 'oim') {
    const { info, q } = observedInformation(m);
    const V = invertSpd(info, q);
    if (!V) return null;
    return {
      vcov: betaBlock(V, q),
      ...joint(V, q),
      description: 'observed information over (β, ln α) (Stata nbreg convention)',
    };
  }

  const stata = req.convention === 'stata';
  const clustered = req.type === 'cluster';
  let bread: Float64Array | null;
  let q: number;
  if (stata) {
    const o = observedInformation(m);
    q = o.q;
    bread = invertSpd(o.info, q);
  } else {
    q = p;
    bread = invertSpd(expectedInformation(m), p);
  }
  if (!bread) return null;
  const { scores } = observationScores(m, stata);
  if (m.weights) weightScores(scores, q, m.weights, stata && !clustered);
  if (clustered && req.cluster && req.cluster2)
    return twoWay(bread, scores, n, q, req, stata, betaBlock, joint);
  // Stata's frequency weights count rows wᵢ times (n = Σ w); R's sandwich counts rows.
  const nObs = stata && m.weights ? m.weights.reduce((a, b) => a + b, 0) : n;
  const G = clustered ? (req.groups ?? 0) : n;
  const { factor, how } = sandwichFactor(req, stata, { n, nObs, p, G });
  const V = clusterSandwich(bread, scores, n, q, clustered ? (req.cluster ?? null) : null, G, factor);
  return { vcov: betaBlock(V, q), ...joint(V, q), description: how };
}

/** The small-sample factor of a one-way sandwich and its description, by convention (see `computeVcov`). */
function sandwichFactor(
  req: VcovRequest,
  stata: boolean,
  { n, nObs, p, G }: { n: number; nObs: number; p: number; G: number },
): { factor: number; how: string } {
  const clustered = req.type === 'cluster';
  let factor: number;
  let how: string;
  if (clustered) {
    factor = G / (G - 1);
    how = stata
      ? `cluster-robust CR1 by ${req.clusterName ?? 'cluster'} (G = ${G}): sandwich over (β, ln α), G/(G−1) (Stata nbreg vce(cluster) convention)`
      : `cluster-robust by ${req.clusterName ?? 'cluster'} (G = ${G}): θ fixed, G/(G−1) (R sandwich::vcovCL convention, type HC0)`;
  } else if (req.hc === 'HC0') {
    factor = 1;
    how = stata
      ? 'robust HC0: sandwich over (β, ln α), no small-sample factor'
      : 'robust HC0: θ fixed (R sandwich::vcovHC type HC0)';
  } else {
    factor = stata ? nObs / (nObs - 1) : n / (n - p);
    how = stata
      ? 'robust HC1: sandwich over (β, ln α), n/(n−1) (Stata vce(robust) convention)'
      : 'robust HC1: θ fixed, n/(n−k) (R sandwich::vcovHC type HC1)';
  }
  return { factor, how };
}

/**
 * Two-way cluster-robust covariance (Cameron, Gelbach & Miller 2011): bread·(M_A + M_B − M_{A∩B})·bread
 * with each meat's own G/(G−1), negative eigenvalues of the result set to zero (`psdFix`), as
 * `sandwich::vcovCL(cluster = ~ a + b, fix = TRUE)` in the sandwich convention.
 */
function twoWay(
  bread: Float64Array,
  scores: Float64Array,
  n: number,
  q: number,
  req: VcovRequest,
  stata: boolean,
  betaBlock: (V: Float64Array, q: number) => Float64Array,
  joint: (V: Float64Array, q: number) => { thetaStdError: number | null; lnAlphaStdError: number | null },
): VcovResult {
  const m = clusterMeat(scores, n, q, [req.cluster as Int32Array, req.cluster2 as Int32Array]);
  const { vcov: V, fixed } = psdFix(sandwichOf(bread, m.meat, q), q);
  const [ga, gb, gab] = m.groups;
  const names = `${req.clusterName ?? 'cluster'} (G = ${ga}) and ${req.cluster2Name ?? 'cluster2'} (G = ${gb}; intersection ${gab})`;
  const how = stata
    ? `two-way cluster-robust by ${names}: Cameron–Gelbach–Miller, sandwich over (β, ln α), G/(G−1) per dimension`
    : `two-way cluster-robust by ${names}: Cameron–Gelbach–Miller, θ fixed, G/(G−1) per dimension (R sandwich::vcovCL(cluster = ~ a + b, fix = TRUE) convention, type HC0)`;
  return {
    vcov: betaBlock(V, q),
    ...joint(V, q),
    description: fixed ? `${how}; negative eigenvalues of the covariance set to zero (fix = TRUE)` : how,
  };
}

/**
 * Multiplies each row of the n × q score matrix by wᵢ, or by √wᵢ (`replicate`: then Σ (√wᵢsᵢ)(√wᵢsᵢ)ᵀ
 * = Σ wᵢsᵢsᵢᵀ, the meat of wᵢ copies of row i).
 * @example weightScores(scores, q, weights, true)
 */
function weightScores(scores: Float64Array, q: number, weights: Float64Array, replicate: boolean): void {
  for (let i = 0; i < weights.length; i++) {
    const f = replicate ? Math.sqrt(weights[i] as number) : (weights[i] as number);
    for (let a = 0; a < q; a++) scores[i * q + a] = (scores[i * q + a] as number) * f;
  }
}
