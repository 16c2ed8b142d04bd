import type { Design } from '../model/design.js';
import type { DesignInfo } from '../model/design-info.js';
import type { ModelSpec } from '../model/spec.js';
import type { FitResult } from './result.js';

/**
 * A fit with the internals that prediction, marginal effects and tests need. Plain data only
 * (structured-clone safe), so a worker can cache and return it.
 */
export interface FittedModel {
  result: FitResult;
  spec: ModelSpec;
  /** Non-aliased coefficients in `result.coefficients` order (fixed effects excluded). */
  beta: number[];
  /** Covariance of `beta` (the spec's variance type). */
  vcov: number[][];
  design: DesignInfo;
  /**
   * Mean, minimum and maximum over the estimation sample of each raw numeric column the formula reads
   * (e.g. `battle_deaths_lag1` inside `log1p(...)`), for "other covariates at their means".
   */
  sample: { means: Record<string, number>; min: Record<string, number>; max: Record<string, number> };
  /** Log-likelihood after each iteration of the final optimiser (never decreasing). */
  trace: number[];
  /** The outcome of each observation used, as R's `model$y` (for residuals, fitted values, rootogram). */
  y?: Float64Array;
  /** The fitted mean μ of each observation used, as R's `fitted(model)`. */
  fitted?: Float64Array;
  /** Columns estimated, fixed-effect indicators included (R's `model$rank`). */
  rank?: number;
}

/** Options of `fitModel` / `fitModelDetailed`. */
export interface FitOptions {
  signal?: AbortSignal;
  onProgress?: (p: { iteration: number; logLik: number }) => void;
  /**
   * A design already built by `buildDesign` for this spec's formula, data, unit, time and cluster
   * column (e.g. shared by the NB2 and Poisson fits of one multiverse formula). Reused as is; its
   * `info` is copied, so the fit never alters the shared design.
   */
  design?: Design;
}

/** Options of `fitModelAsync` / `fitModelDetailedAsync`. */
export interface AsyncFitOptions extends FitOptions {
  /** Awaited between the steps of the fit (default: a new macrotask, `MessageChannel` or `setTimeout(0)`). */
  yieldToEventLoop?: () => Promise<void>;
}
