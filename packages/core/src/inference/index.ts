/**
 * Inference on fitted count models: predictions with delta-method intervals, marginal effects,
 * contrasts, the partnership effect, the seeded cluster bootstrap, likelihood-ratio and Wald tests,
 * and regression tables.
 */

export { type AverageContrast, averageContrasts } from './average-contrasts.js';
export {
  type BootstrapPrediction,
  bootstrapPredictions,
} from './bootstrap-predictions.js';
export {
  type ClusterBootstrapOptions,
  type ClusterBootstrapResult,
  clusterBootstrap,
  clusterBootstrapAsync,
} from './cluster-bootstrap.js';
export { comparePredictions, type PredictionComparison } from './compare-predictions.js';
export { datagrid } from './datagrid.js';
export type { HasFitResult } from './fit-result-of.js';
export { type LinearRestriction, parseLinearHypothesis } from './linear-hypothesis.js';
export { type LrTestResult, lrTest } from './lr-test.js';
export {
  type PartnershipEffect,
  type PartnershipEffectOptions,
  type PartnershipPoint,
  partnershipEffect,
} from './partnership-effect.js';
export { type PercentileInterval, percentileIntervals } from './percentile-intervals.js';
export { type NewData, type Prediction, predict } from './predict.js';
export {
  latexEscape,
  type RegressionTableFormat,
  type RegressionTableOptions,
  type RegressionTableStat,
  regressionTable,
  type TableModel,
} from './regression-table.js';
export { type Rng, seededRng } from './rng.js';
export { type AverageSlope, averageSlopes, type DeltaEstimate, type Slope, slopes } from './slopes.js';
export {
  type UnTroopsForReduction,
  type UnTroopsForReductionOptions,
  unTroopsForReduction,
} from './un-troops-for-reduction.js';
export { type WaldRestrictionEstimate, type WaldTestResult, waldTest } from './wald-test.js';
