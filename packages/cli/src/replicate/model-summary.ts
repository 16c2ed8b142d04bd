import type { FitResult } from '@peacepanel/core';
import type { ModelSlot, ModelSummary, NotRun } from './numbers.js';

const finiteOrNull = (x: number | null | undefined): number | null =>
  x === null || x === undefined || !Number.isFinite(x) ? null : x;

/**
 * Reduces a `FitResult` to the JSON the report shows. Non-finite numbers become null (JSON has no
 * NaN); aliased terms keep their row with null numbers.
 * @example summarizeFit(fitModel({ formula: 'Days ~ Eth' }, quine), 'main').coefficients.EthN?.estimate // => -0.555559
 */
export function summarizeFit(fit: FitResult, label: string): ModelSummary {
  const coefficients: ModelSummary['coefficients'] = {};
  for (const c of fit.coefficients) {
    coefficients[c.term] = {
      estimate: finiteOrNull(c.estimate),
      stdError: finiteOrNull(c.stdError),
      z: finiteOrNull(c.z),
      p: finiteOrNull(c.p),
      ciLow: finiteOrNull(c.ciLow),
      ciHigh: finiteOrNull(c.ciHigh),
      pctChange: finiteOrNull(Math.expm1(c.estimate)),
    };
  }
  const g = /G\s*=\s*(\d+)/.exec(fit.vcovType);
  return {
    status: 'ok',
    label,
    formula: fit.formula,
    family: fit.family,
    vcovType: fit.vcovType,
    n: fit.n,
    nExcluded: fit.nExcluded,
    clusters: g ? Number(g[1]) : null,
    converged: fit.converged,
    logLik: finiteOrNull(fit.logLik),
    aic: finiteOrNull(fit.aic),
    theta: finiteOrNull(fit.theta),
    terms: fit.coefficients.map((c) => c.term),
    coefficients,
    exclusions: fit.exclusions.map((e) => ({ reason: e.reason, count: e.count })),
    warnings: [...fit.warnings],
  };
}

/**
 * Runs a step and turns a thrown error into a "not run" slot with its message, so one failing
 * model does not take the whole report down. Programming errors are reported the same way, with
 * their message, because the report must say what did not run.
 * @example attempt(() => summarizeFit(fitModel({ formula: 'Days ~ Nope' }, quine), 'main')).status // => 'not run'
 */
export function attempt<T>(step: () => T): T | NotRun {
  try {
    return step();
  } catch (e) {
    return { status: 'not run', reason: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * True when a model slot holds a fitted model.
 * @example const main = replicationNumbers.models.main;
 * isFitted(main) && main.n // => 3587
 */
export function isFitted(slot: ModelSlot): slot is ModelSummary {
  return slot.status === 'ok';
}
