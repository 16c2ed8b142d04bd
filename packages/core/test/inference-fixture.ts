// Shared loader for the golden inference fixtures (made by scripts/reference/inference-reference.R).
import { readFileSync } from 'node:fs';
import type { FitResult } from '../src/estimators/result.js';

export interface FixtureModel {
  terms: string[];
  coefficients: number[];
  vcov: number[][];
  theta: number;
  logLik: number;
  df: number;
  n: number;
  aic: number;
  bic: number;
}

export function loadFixture<T>(name: 'quine' | 'ships' | 'pko'): T {
  return JSON.parse(readFileSync(new URL(`./fixtures/inference-${name}.json`, import.meta.url), 'utf8')) as T;
}

/** A FitResult carrying R's numbers, for testing pieces that only read a result. */
export function fitResultFromR(
  m: FixtureModel,
  formula: string,
  family: 'negbin' | 'poisson' = 'negbin',
): FitResult {
  return {
    family,
    formula,
    n: m.n,
    nExcluded: 0,
    exclusions: [],
    converged: true,
    iterations: 1,
    theta: family === 'negbin' ? m.theta : null,
    thetaStdError: null,
    alpha: family === 'negbin' ? 1 / m.theta : null,
    logLik: m.logLik,
    df: m.df,
    aic: m.aic,
    bic: m.bic,
    deviance: Number.NaN,
    nullDeviance: Number.NaN,
    vcovType: 'model-based (expected information, theta fixed), glm.nb convention',
    coefficients: m.terms.map((term, i) => {
      const estimate = m.coefficients[i]!;
      const stdError = Math.sqrt(m.vcov[i]![i]!);
      return {
        term,
        estimate,
        stdError,
        z: estimate / stdError,
        p: Number.NaN,
        ciLow: Number.NaN,
        ciHigh: Number.NaN,
        aliased: false,
      };
    }),
    vcov: m.vcov,
    gradientNorm: 0,
    warnings: [],
  };
}

/** |a − b| ≤ tol · max(1, |b|). */
export function expectClose(actual: number, expected: number, tol: number, what = ''): void {
  const err = Math.abs(actual - expected) / Math.max(1, Math.abs(expected));
  if (!(err <= tol))
    throw new Error(`${what}: ${actual} vs ${expected} (relative error ${err.toExponential(2)} > ${tol})`);
}
