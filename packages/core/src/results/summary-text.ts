import type { Coefficient, FitResult } from '../estimators/result.js';
import type { TwoPartResult } from '../estimators/two-part/result.js';

const SIGNIF = "Signif. codes:  0 '***' 0.001 '**' 0.01 '*' 0.05 '.' 0.1 ' ' 1";

/**
 * A fit summarised as R prints `summary()` of a `glm.nb`/`glm` (print.summary.negbin) or a pscl
 * `zeroinfl`/`hurdle` model: the call, the coefficient table (Estimate, Std. Error, z value,
 * Pr(>|z|) with R's significance codes), the variance estimator, θ, deviances, log-likelihood and AIC,
 * and any warnings.
 * @example console.log(summaryText(fitModel({ formula: 'Days ~ Eth + Sex + Age + Lrn' }, quine)))
 */
export function summaryText(result: FitResult | TwoPartResult): string {
  return 'model' in result ? twoPartText(result) : glmText(result);
}

function glmText(r: FitResult): string {
  const call =
    r.family === 'negbin'
      ? `glm.nb(formula = ${r.formula})`
      : `glm(formula = ${r.formula}, family = poisson)`;
  const lines = ['', 'Call:', call, '', 'Coefficients:', ...coefTable(r.coefficients), '---', SIGNIF, ''];
  lines.push(`Standard errors: ${r.vcovType}`);
  const family = r.theta === null ? 'poisson' : `Negative Binomial(${sig(r.theta, 5)})`;
  lines.push(`(Dispersion parameter for ${family} family taken to be 1)`, '');
  const k = r.df - (r.theta === null ? 0 : 1);
  lines.push(`    Null deviance: ${sig(r.nullDeviance, 5)}  on ${r.n - 1}  degrees of freedom`);
  lines.push(`Residual deviance: ${sig(r.deviance, 5)}  on ${r.n - k}  degrees of freedom`);
  if (r.nExcluded) lines.push(`  (${r.nExcluded} observations deleted due to missingness or exclusion)`);
  lines.push(
    `AIC: ${sig(r.aic, 5)}`,
    '',
    `Number of iterations: ${r.iterations}${r.converged ? '' : ' (not converged)'}`,
    '',
  );
  if (r.theta !== null) {
    lines.push(`              Theta:  ${r.theta.toFixed(3)} `);
    if (r.thetaStdError !== null) lines.push(`          Std. Err.:  ${r.thetaStdError.toFixed(3)} `);
    lines.push('', ` 2 x log-likelihood:  ${(2 * r.logLik).toFixed(3)} `);
  } else lines.push(`Log-likelihood: ${sig(r.logLik, 6)} on ${r.df} Df`);
  return [...lines, ...warningLines(r.warnings)].join('\n');
}

function twoPartText(r: TwoPartResult): string {
  const hurdle = r.model.startsWith('hurdle');
  const dist = r.model.endsWith('nb') ? 'negbin' : 'poisson';
  const fn = hurdle ? 'hurdle' : 'zeroinfl';
  const lines = ['', 'Call:', `${fn}(formula = ${r.formula}, dist = "${dist}")`, ''];
  const count = [...r.count];
  if (r.theta !== null && r.logThetaStdError !== null) {
    const lt = Math.log(r.theta);
    const z = lt / r.logThetaStdError;
    count.push({
      term: 'Log(theta)',
      estimate: lt,
      stdError: r.logThetaStdError,
      z,
      p: Number.NaN,
      ciLow: 0,
      ciHigh: 0,
      aliased: false,
    });
  }
  const countHead = hurdle
    ? `Count model coefficients (truncated ${dist} with log link):`
    : `Count model coefficients (${dist} with log link):`;
  const zeroHead = hurdle
    ? 'Zero hurdle model coefficients (binomial with logit link):'
    : 'Zero-inflation model coefficients (binomial with logit link):';
  lines.push(countHead, ...coefTable(count), zeroHead, ...coefTable(r.zero), '---', SIGNIF, '');
  lines.push(`Standard errors: ${r.vcovType}`);
  if (r.theta !== null) lines.push(`Theta = ${r.theta.toFixed(4)} `);
  lines.push(`Number of Newton iterations: ${r.iterations}${r.converged ? '' : ' (not converged)'} `);
  lines.push(`Log-likelihood: ${sig(r.logLik, 4)} on ${r.df} Df`, `AIC: ${sig(r.aic, 6)}  n = ${r.n}`);
  return [...lines, ...warningLines(r.warnings)].join('\n');
}

/** R's coefficient matrix printout: aligned columns and significance stars. */
function coefTable(coefs: readonly Coefficient[]): string[] {
  const rows = coefs.map((c) =>
    c.aliased
      ? [c.term, 'NA', 'NA', 'NA', 'NA', '']
      : [c.term, sig(c.estimate, 5), sig(c.stdError, 5), c.z.toFixed(3), formatP(c.p), stars(c.p)],
  );
  const head = ['', 'Estimate', 'Std. Error', 'z value', 'Pr(>|z|)', ''];
  const all = [head, ...rows];
  const width = head.map((_, j) => Math.max(...all.map((r) => (r[j] as string).length)));
  return all.map((r) =>
    r
      .map((cell, j) => (j === 0 ? cell.padEnd(width[0] as number) : cell.padStart(width[j] as number)))
      .join(' ')
      .trimEnd(),
  );
}

function formatP(p: number): string {
  if (!Number.isFinite(p)) return '';
  return p < 2e-16 ? '< 2e-16' : p < 1e-4 ? p.toExponential(2) : p.toFixed(4);
}

function stars(p: number): string {
  if (!Number.isFinite(p)) return '';
  return p < 0.001 ? '***' : p < 0.01 ? '**' : p < 0.05 ? '*' : p < 0.1 ? '.' : '';
}

function sig(x: number, digits: number): string {
  return Number.isFinite(x) ? String(Number(x.toPrecision(digits))) : 'NA';
}

function warningLines(warnings: readonly string[]): string[] {
  return warnings.length ? ['', 'Warnings:', ...warnings.map((w) => `  ${w}`)] : [];
}

/**
 * Gives a fit result R's printing: `String(result)` (and template strings, `console.log` of
 * `${result}`) become {@link summaryText} of `result` (default: the target itself, a fit result). The method is non-enumerable, so JSON, structured clone
 * (workers) and equality checks see plain data as before.
 * @example String(withSummaryText(fitModel({ formula: 'Days ~ Eth' }, quine))).startsWith('\nCall:') // => true
 */
export function withSummaryText<T extends object>(target: T, result?: FitResult | TwoPartResult): T {
  const r = result ?? (target as unknown as FitResult | TwoPartResult);
  Object.defineProperty(target, 'toString', {
    value: () => summaryText(r),
    enumerable: false,
    configurable: true,
    writable: true,
  });
  return target;
}
