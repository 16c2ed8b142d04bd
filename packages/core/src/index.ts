/**
 * @peacepanel/core: the data model, importers and estimators of peacepanel. No DOM; runs in Node,
 * workers and browsers.
 */

export * from './errors.js';
export {
  fitModel,
  fitModelAsync,
  fitModelDetailed,
  fitModelDetailedAsync,
  parseModelSpec,
} from './estimators/fit-model.js';
export type { AsyncFitOptions, FitOptions, FittedModel } from './estimators/fitted-model.js';
export { type ModelMatrix, modelMatrixFor } from './estimators/model-matrix-for.js';
export type * from './estimators/result.js';
export { yieldMacrotask } from './estimators/run-steps.js';
export { impossibleInFit, sanityGate } from './estimators/sanity-gate.js';
export { fitTwoPartModel, type TwoPartFitted } from './estimators/two-part/fit.js';
export { splitTwoPartFormula } from './estimators/two-part/formula.js';
export type { TwoPartResult } from './estimators/two-part/result.js';
export * from './estimators/two-part/spec.js';
export type { TwoPartVcov } from './estimators/two-part/vcov.js';
export { twoPartVcovOf } from './estimators/two-part/vcov-of.js';
export * from './inference/index.js';
export { type VuongRow, type VuongTest, vuongTest } from './inference/vuong.js';
export {
  type WildClusterBootstrapOptions,
  type WildClusterBootstrapResult,
  wildClusterBootstrap,
} from './inference/wild-cluster-bootstrap.js';
export { type WildScoreTestResult, type WildWeights, wildScoreTest } from './inference/wild-score-test.js';
export * from './io/index.js';
export * from './model/index.js';
export * from './model/spec.js';
export * from './multiverse/index.js';
export * from './panel/index.js';
export * from './partnership/index.js';
export { type AnyFitted, type CountObservations, countObservations } from './results/observations.js';
export { dfResidual, fitted, nobs, type ResidualType, residuals } from './results/residuals.js';
export { type RootogramBar, rootogram } from './results/rootogram.js';
export { summaryText, withSummaryText } from './results/summary-text.js';
export * from './special/index.js';
export * from './table/columns.js';
export * from './table.js';
// the dataset description of the types module, not the replication report's (which adds `gedVersion`)
export type { DatasetInfo } from './types/index.js';
export * from './types/index.js';
export { VERSION } from './version.js';
