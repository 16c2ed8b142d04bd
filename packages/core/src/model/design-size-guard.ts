/**
 * The one guard on the size of a design, run before the design matrix is allocated and before any
 * p × p work (aliasing, Cholesky, covariance): a model with at least as many parameters as usable
 * rows, or a design too large for memory and time, is refused at once with a clear error. The CLI,
 * the worker, the widget and the demo all fit through `buildDesign`, so all of them get it.
 */
import { messages } from '../errors.js';

/**
 * Limits on a design. 2,000 coefficients keep the p × p Gram matrix at 32 MB and its Cholesky
 * factorisation (p³/3 ≈ 2.7·10⁹ flops) to seconds; 5·10⁷ cells keep the dense n × p design at
 * 400 MB, within what a browser tab may allocate.
 */
export const DESIGN_LIMITS = { maxCoefficients: 2000, maxCells: 5e7 } as const;

/** The size of a design, counted before it is built. */
export interface DesignSize {
  formula: string;
  /** Usable rows (after exclusions). */
  rows: number;
  /** Model columns (intercept, regressors, factor contrasts and interactions). */
  modelColumns: number;
  /** Fixed-effect indicator columns. */
  fixedEffectColumns: number;
  /**
   * Fixed effects estimated as level codes without indicator columns (the one-way path): they take no
   * memory in the design but are parameters, so they count in the rows check only.
   */
  concentratedEffects?: number | undefined;
  /**
   * Parameters beyond the columns (θ of the negative binomial: 1). Given for a fit, which needs more
   * rows than parameters; left out for a design built only to be looked at.
   */
  extraParameters?: number | undefined;
}

/**
 * Refuses a design beyond {@link DESIGN_LIMITS} or, for a fit (`extraParameters` given), one with at
 * least as many parameters as usable rows, naming the counts. Cost: O(1).
 * Reference: a likelihood with p parameters on n ≤ p observations has no unique maximum with
 * residual degrees of freedom (R's glm.nb fails or returns a saturated fit).
 * @throws PeacepanelError `NO_DATA` (more coefficients than rows) or `OUT_OF_RANGE` (too large).
 * @example checkDesignSize({ formula: 'y ~ factor(a) * factor(b)', rows: 1000, modelColumns: 1200, fixedEffectColumns: 0, extraParameters: 1 })
 * // => throws 'needs 1200 coefficients but only 1000 usable rows'
 */
export function checkDesignSize(size: DesignSize, limits = DESIGN_LIMITS): void {
  const p = size.modelColumns + size.fixedEffectColumns;
  const columns =
    size.fixedEffectColumns > 0
      ? `${p} coefficients (${size.modelColumns} model columns + ${size.fixedEffectColumns} fixed-effect indicators)`
      : `${p} coefficient${p === 1 ? '' : 's'}`;
  if (p > limits.maxCoefficients)
    throw messages.designTooLarge(
      size.formula,
      size.rows,
      columns,
      `more than the ${limits.maxCoefficients} coefficients peacepanel fits`,
    );
  const cells = p * size.rows;
  if (cells > limits.maxCells)
    throw messages.designTooLarge(
      size.formula,
      size.rows,
      columns,
      `a design of ${((cells * 8) / 1e9).toFixed(1)} GB, more than the ${((limits.maxCells * 8) / 1e9).toFixed(1)} GB peacepanel allocates`,
    );
  if (size.extraParameters === undefined) return;
  const needed = p + (size.concentratedEffects ?? 0) + size.extraParameters;
  if (size.rows <= needed) throw messages.tooManyCoefficients(size.formula, size.rows, columns, needed);
}
