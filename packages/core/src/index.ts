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
export * from './inference/index.js';
export * from './io/index.js';
export * from './model/index.js';
export * from './model/spec.js';
export * from './multiverse/index.js';
export * from './panel/index.js';
export * from './partnership/declared-specifications.js';
export * from './partnership/default-spec.js';
export * from './partnership/interval-overlap.js';
export * from './partnership/main-spec.js';
export * from './partnership/mode-counts.js';
export * from './partnership/org-types.js';
export * from './partnership/partner-shares.js';
export * from './partnership/partnership-mode.js';
export * from './partnership/sample-shares.js';
export * from './partnership/typical-levels.js';
export * from './replicate/index.js';
export * from './special/index.js';
export * from './table.js';
export { VERSION } from './version.js';
