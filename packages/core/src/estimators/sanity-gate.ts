/**
 * The sanity gate every fit result passes before it is printed, returned or drawn: a count model's
 * log-likelihood is at most 0, its deviance at least 0, and its estimates, log-likelihood, θ and AIC
 * are finite numbers. A result that breaks these is wrong, not imprecise, so it is refused with a
 * `NUMERICAL` error saying why; standard errors that are not finite are allowed only with a warning
 * in the result saying so (a singular information matrix), never silently.
 */
import { messages } from '../errors.js';
import type { FitResult } from './result.js';

/** Relative slack for rounding in the likelihood and deviance sums. */
const SLACK = 1e-8;

/**
 * What is impossible about a fit result (empty when nothing is).
 * Reference: for counts every probability is ≤ 1, so ℓ = Σ log P(yᵢ) ≤ 0; the deviance
 * 2(ℓ_saturated − ℓ) ≥ 0 (McCullagh & Nelder 1989, *Generalized Linear Models*, §2.3).
 * @example impossibleInFit({ ...fitModel({ formula: 'Days ~ Eth' }, quine), logLik: 3 }) // => ['the log-likelihood is positive (3), impossible for counts']
 */
export function impossibleInFit(r: FitResult): string[] {
  const out: string[] = [];
  const scale = 1 + r.n;
  if (!Number.isFinite(r.logLik)) out.push(`the log-likelihood is not finite (${r.logLik})`);
  else if (r.logLik > SLACK * scale)
    out.push(`the log-likelihood is positive (${r.logLik}), impossible for counts`);
  if (!Number.isFinite(r.deviance)) out.push(`the deviance is not finite (${r.deviance})`);
  else if (r.deviance < -SLACK * (scale + Math.abs(r.nullDeviance)))
    out.push(`the deviance is negative (${r.deviance}), impossible`);
  if (!Number.isFinite(r.aic)) out.push('the AIC is not finite');
  if (r.theta !== null && !(r.theta > 0 && Number.isFinite(r.theta)))
    out.push(`θ is not a positive finite number (${r.theta})`);
  const bad = r.coefficients.filter((c) => !c.aliased && !Number.isFinite(c.estimate)).map((c) => c.term);
  if (bad.length) out.push(`the estimate of ${bad.slice(0, 5).join(', ')} is not finite`);
  return out;
}

/**
 * Passes a fit result through the sanity gate: refuses an impossible result, and adds a warning
 * when standard errors are not finite and no warning says so yet. Returns the same result object.
 * @throws PeacepanelError `NUMERICAL` listing what is impossible and how to fix the input.
 * @example sanityGate(fitModel({ formula: 'Days ~ Eth' }, quine)).warnings
 */
export function sanityGate(r: FitResult): FitResult {
  const problems = impossibleInFit(r);
  if (problems.length) throw messages.impossibleFit(r.formula, problems);
  const noSe = r.coefficients.filter((c) => !c.aliased && !Number.isFinite(c.stdError)).map((c) => c.term);
  if (noSe.length && !r.warnings.some((w) => /standard errors? (are|is) not (available|finite)/.test(w)))
    r.warnings.push(
      `standard errors are not finite for ${noSe.slice(0, 5).join(', ')}${noSe.length > 5 ? ', …' : ''}: their intervals and tests are not available`,
    );
  return r;
}
