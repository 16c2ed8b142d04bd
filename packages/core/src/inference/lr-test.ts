import { messages } from '../errors.js';
import { chiSquareUpperTail } from '../special/index.js';
import { type HasFitResult, resultOf } from './fit-result-of.js';

/** The likelihood-ratio test of a restricted model against a larger one that nests it. */
export interface LrTestResult {
  /** LR = 2 (logLik_larger − logLik_restricted). */
  statistic: number;
  /** Difference in the number of estimated parameters. */
  df: number;
  p: number;
  restricted: { formula: string; family: string; logLik: number; df: number };
  larger: { formula: string; family: string; logLik: number; df: number };
  /** Notes on the test (e.g. the boundary correction for Poisson vs negative binomial). */
  notes: string[];
}

/**
 * Likelihood-ratio test of nested models, as R's `anova(m0, m1)` for `glm.nb` fits and Stata's
 * `lrtest`: LR = 2 (ℓ₁ − ℓ₀) referred to χ² with df = difference in parameter counts (Wilks 1938).
 * The models may be given in either order. Poisson against negative binomial with the same terms
 * tests α = 0 on the boundary of the parameter space, so p is halved (χ̄²: ½χ²₀ + ½χ²₁; Self &
 * Liang 1987, Stata's "LR test of alpha=0").
 * @throws PeacepanelError BAD_OPTION when the models were fit to different numbers of observations,
 *   have the same number of parameters, or the smaller model's terms are not among the larger's.
 * @example
 * const a = fitModel({ formula: 'Days ~ Eth + Sex + Age + Lrn' }, quine);
 * const b = fitModel({ formula: 'Days ~ Eth * Lrn + Sex + Age' }, quine);
 * lrTest(a, b) // { statistic: 3.0288, df: 1, p: 0.0818, ... }
 */
export function lrTest(a: HasFitResult, b: HasFitResult): LrTestResult {
  const ra = resultOf(a);
  const rb = resultOf(b);
  if (ra.n !== rb.n)
    throw messages.notNested(`the models use different observations (n = ${ra.n} and n = ${rb.n})`);
  if (ra.df === rb.df)
    throw messages.notNested(`both models have ${ra.df} parameters, so neither nests the other`);
  const [small, large] = ra.df < rb.df ? [ra, rb] : [rb, ra];
  const largeTerms = new Set(large.coefficients.map((c) => c.term));
  const missing = small.coefficients.map((c) => c.term).filter((t) => !largeTerms.has(t));
  if (missing.length)
    throw messages.notNested(`terms ${missing.join(', ')} of the smaller model are not in the larger one`);
  if (small.family === 'negbin' && large.family === 'poisson')
    throw messages.notNested('a negative binomial model does not nest in a Poisson model with more terms');
  const notes: string[] = [];
  let statistic = 2 * (large.logLik - small.logLik);
  if (statistic < 0) {
    notes.push(
      `the larger model has the lower log-likelihood (by ${(-statistic / 2).toPrecision(3)}): one of the fits has not reached its maximum; LR set to 0`,
    );
    statistic = 0;
  }
  const df = large.df - small.df;
  let p = chiSquareUpperTail(statistic, df);
  const boundary = small.family === 'poisson' && large.family === 'negbin' && df === 1;
  if (boundary) {
    p /= 2;
    notes.push(
      'Poisson vs negative binomial tests alpha = 0 on the boundary: p is halved (chi-bar-square, Stata)',
    );
  }
  const describe = (r: typeof small) => ({
    formula: r.formula,
    family: r.family,
    logLik: r.logLik,
    df: r.df,
  });
  return { statistic, df, p, restricted: describe(small), larger: describe(large), notes };
}
