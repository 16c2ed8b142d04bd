import { messages } from '../errors.js';
import { chiSquareUpperTail, normalQuantile, twoSidedNormalP } from '../special/index.js';
import { type HasFitResult, resultOf } from './fit-result-of.js';
import { parseLinearHypothesis } from './linear-hypothesis.js';
import { solveSymmetric } from './small-matrix.js';

/** One restriction's estimate (`lincom`) with its standard error and interval. */
export interface WaldRestrictionEstimate {
  text: string;
  /** Σ w_j β_j − rhs. */
  estimate: number;
  stdError: number;
  z: number;
  p: number;
  lower: number;
  upper: number;
}

/** The Wald test of one or several linear restrictions. */
export interface WaldTestResult {
  hypothesis: string;
  /** W = (Rβ − r)ᵀ (R V Rᵀ)⁻¹ (Rβ − r). */
  chi2: number;
  df: number;
  p: number;
  restrictions: WaldRestrictionEstimate[];
  /** The variance estimator the test uses (the model's `vcovType`). */
  vcovType: string;
}

/**
 * Wald test of linear restrictions on the coefficients, written as text (`un + un:nonun * 2 = 0`;
 * several joined by `;`), using the model's own covariance matrix (its `vcov` convention, e.g.
 * clustered): W = (Rβ − r)ᵀ (R V Rᵀ)⁻¹ (Rβ − r) ~ χ²(q). Matches R's `car::linearHypothesis(m, …,
 * test = "Chisq")` and Stata's `test`; each restriction also gets its estimate, SE and z interval,
 * as Stata's `lincom`. Reference: Greene, Econometric Analysis (8th ed.), §5.4.
 * @throws PeacepanelError BAD_HYPOTHESIS for text that does not parse, names an unknown or aliased
 *   coefficient, or restrictions that are linearly dependent.
 * @example waldTest(countryMonthModel, 'un_troops_k_lag1 + un_troops_k_lag1:nonun_troops_k_lag1 * 2 = 0').df // => 1
 */
export function waldTest(
  model: HasFitResult,
  hypothesis: string,
  options: { ciLevel?: number } = {},
): WaldTestResult {
  const result = resultOf(model);
  const terms = result.coefficients.map((c) => c.term);
  const restrictions = parseLinearHypothesis(hypothesis, terms);
  const estimable = result.coefficients.flatMap((c, i) => (c.aliased ? [] : [i]));
  const beta = estimable.map((i) => result.coefficients[i]!.estimate);
  for (const r of restrictions)
    result.coefficients.forEach((c, i) => {
      if (c.aliased && r.weights[i] !== 0)
        throw messages.badHypothesis(
          hypothesis,
          `"${c.term}" was dropped as aliased (not estimable)`,
          undefined,
          terms,
        );
    });
  const rows = restrictions.map((r) => estimable.map((i) => r.weights[i]!));
  const V = result.vcov;
  const d = restrictions.map((r, a) => rows[a]!.reduce((s, w, j) => s + w * beta[j]!, 0) - r.rhs);
  const RV = rows.map((row) => V.map((_, j) => row.reduce((s, w, l) => s + w * V[l]![j]!, 0)));
  const RVR = RV.map((rv) => rows.map((row) => row.reduce((s, w, j) => s + w * rv[j]!, 0)));
  const solved = solveSymmetric(RVR, d);
  if (!solved)
    throw messages.badHypothesis(
      hypothesis,
      'the restrictions are linearly dependent (or have zero variance)',
      undefined,
      terms,
    );
  const chi2 = d.reduce((s, v, a) => s + v * solved[a]!, 0);
  const df = restrictions.length;
  const level = options.ciLevel ?? ('spec' in model && model.spec ? model.spec.ciLevel : 0.95);
  const zc = normalQuantile(1 - (1 - level) / 2);
  return {
    hypothesis,
    chi2,
    df,
    p: chiSquareUpperTail(chi2, df),
    vcovType: result.vcovType,
    restrictions: restrictions.map((r, a) => {
      const est = d[a]!;
      const se = Math.sqrt(RVR[a]![a]!);
      return {
        text: r.text,
        estimate: est,
        stdError: se,
        z: est / se,
        p: twoSidedNormalP(est / se),
        lower: est - zc * se,
        upper: est + zc * se,
      };
    }),
  };
}
