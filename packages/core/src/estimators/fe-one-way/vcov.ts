import { groupedNegbinLogLik, groupOutcomes, thetaTables } from '../../likelihood/negbin-y-tables.js';
import { invertSpd } from '../../linalg/spd.js';
import type { VcovRequest, VcovResult } from '../../vcov/compute-vcov.js';
import { observationScores, thetaInformation, type VcovInput } from '../../vcov/information.js';
import { clusterSandwich } from '../../vcov/sandwich.js';
import { negbinRowDerivatives } from '../negbin/row-derivatives.js';
import { type Groups, type RowTerms, reducedSystem } from './system.js';

/**
 * The covariance of β in a one-way fixed-effects fit, under the conventions of `computeVcov`, with
 * the α block eliminated: the β (and ln θ) block of the inverse information is the inverse of the
 * Schur complement S, and a sandwich's β block is S⁻¹ M̃ S⁻¹ with each row's score partialled on its
 * group's α (s̃ᵢ = sᵢ − c_g ∂ℓᵢ/∂η / a_g), which equals the dummy-variable sandwich exactly. HC1 in the
 * sandwich convention counts the G fixed effects in k, as R does for dummies.
 * Reference: Golub & Van Loan (2013), §3.2; Cameron & Miller (2015), J. Human Resources 50(2), §III.
 * @example oneWayFeVcov({ X, n, p, y, eta, theta }, { codes, G }, { type: 'model', hc: 'HC1', convention: 'stata' })
 */
export function oneWayFeVcov(m: VcovInput, groups: Groups, req: VcovRequest): VcovResult | null {
  const { n, p } = m;
  const isNb = m.theta !== null;
  const stata = req.convention === 'stata';
  const observed = isNb && (req.type === 'oim' || (stata && req.type !== 'model'));
  const rows = rowTerms(m, observed);
  const sys = reducedSystem(m.X, n, p, groups, rows);
  const V = invertSpd(sys.S, sys.q);
  if (!V) return null;
  const q = sys.q;
  const beta =
    q === p
      ? V
      : Float64Array.from({ length: p * p }, (_, k) => V[Math.floor(k / p) * q + (k % p)] as number);
  const thetaSe = () => {
    if (m.theta === null) return null;
    const i = thetaInformation(m.y, m.eta, m.theta, m.weights);
    return i > 0 ? 1 / Math.sqrt(i) : null;
  };
  const joint = () =>
    q > p && m.theta !== null
      ? {
          thetaStdError: m.theta * Math.sqrt(V[p * q + p] as number),
          lnAlphaStdError: Math.sqrt(V[p * q + p] as number),
        }
      : { thetaStdError: thetaSe(), lnAlphaStdError: null };
  const fe = `; ${groups.G} fixed effects eliminated`;
  if (req.type === 'model' || (req.type === 'oim' && !isNb))
    return {
      vcov: beta,
      thetaStdError: thetaSe(),
      lnAlphaStdError: null,
      description: `model-based: inverse expected information${isNb ? ' with θ fixed (R glm.nb convention)' : ' (R glm convention)'}${fe}`,
    };
  if (req.type === 'oim')
    return {
      vcov: beta,
      ...joint(),
      description: `observed information over (β, ln α) (Stata nbreg convention)${fe}`,
    };
  return feSandwich(m, groups, req, { rows, sys, V, observed, thetaSe, fe });
}

/** The sandwich of {@link oneWayFeVcov}: partialled scores, weights by convention, then `clusterSandwich`. */
function feSandwich(
  m: VcovInput,
  groups: Groups,
  req: VcovRequest,
  ctx: {
    rows: RowTerms;
    sys: ReturnType<typeof reducedSystem>;
    V: Float64Array;
    observed: boolean;
    thetaSe: () => number | null;
    fe: string;
  },
): VcovResult {
  const { n, p } = m;
  const { rows, sys, V, observed, thetaSe, fe } = ctx;
  const q = sys.q;
  const stata = req.convention === 'stata';
  const scores = observationScores(m, observed).scores;
  for (let i = 0; i < n; i++) {
    const g = groups.codes[i] as number;
    const ag = sys.a[g] as number;
    const w = m.weights ? (m.weights[i] as number) : 1;
    const f = (rows.gEta[i] as number) / w / ag; // per-copy ∂ℓᵢ/∂η over a_g
    for (let j = 0; j < q; j++)
      scores[i * q + j] = (scores[i * q + j] as number) - (sys.c[g * q + j] as number) * f;
  }
  if (m.weights) {
    const clustered = req.type === 'cluster';
    for (let i = 0; i < n; i++) {
      const w = m.weights[i] as number;
      const f = stata && !clustered ? Math.sqrt(w) : w;
      for (let j = 0; j < q; j++) scores[i * q + j] = (scores[i * q + j] as number) * f;
    }
  }
  const nObs = stata && m.weights ? m.weights.reduce((a, b) => a + b, 0) : n;
  const clustered = req.type === 'cluster';
  const G = clustered ? (req.groups ?? 0) : n;
  const factor = clustered
    ? G / (G - 1)
    : req.hc === 'HC0'
      ? 1
      : stata
        ? nObs / (nObs - 1)
        : n / (n - p - groups.G);
  const Vs = clusterSandwich(V, scores, n, q, clustered ? (req.cluster ?? null) : null, G, factor);
  const what = clustered
    ? `cluster-robust by ${req.clusterName ?? 'cluster'} (G = ${G}), G/(G−1)`
    : `robust ${req.hc}`;
  return {
    vcov:
      q === p
        ? Vs
        : Float64Array.from({ length: p * p }, (_, k) => Vs[Math.floor(k / p) * q + (k % p)] as number),
    ...(q > p
      ? {
          thetaStdError: (m.theta as number) * Math.sqrt(Vs[p * q + p] as number),
          lnAlphaStdError: Math.sqrt(Vs[p * q + p] as number),
        }
      : { thetaStdError: thetaSe(), lnAlphaStdError: null }),
    description: `${what}: ${stata ? 'sandwich over (β, ln α), observed-information bread (Stata convention)' : 'θ fixed, expected-information bread (R sandwich convention)'}${fe}`,
  };
}

/** Row derivatives at the estimate: observed (with ln θ terms) or expected weights (θ fixed). */
function rowTerms(m: VcovInput, observed: boolean): RowTerms {
  const n = m.n;
  if (m.theta === null) {
    const gEta = new Float64Array(n);
    const hEE = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const w = m.weights ? (m.weights[i] as number) : 1;
      const mu = Math.exp(m.eta[i] as number);
      gEta[i] = w * ((m.y[i] as number) - mu);
      hEE[i] = w * mu;
    }
    return { gEta, hEE };
  }
  const yGroups = groupOutcomes(m.y, m.weights);
  const mu = new Float64Array(n);
  const l1p = new Float64Array(n);
  groupedNegbinLogLik(m.y, m.eta, m.theta, yGroups, mu, l1p, m.weights);
  const out = {
    gEta: new Float64Array(n),
    hEE: new Float64Array(n),
    hET: new Float64Array(n),
    wExp: new Float64Array(n),
  };
  const tables = thetaTables(yGroups.values, m.theta, true);
  const { gT, hTT } = negbinRowDerivatives(
    m.y,
    mu,
    l1p,
    yGroups.index,
    tables,
    m.theta,
    true,
    out,
    m.weights,
  );
  return observed ? { ...out, gT, hTT } : { gEta: out.gEta, hEE: out.wExp };
}
