/**
 * @peacepanel/core: the data model, importers and estimators of peacepanel. No DOM; runs in Node,
 * workers and browsers.
 */
export { VERSION } from './version.js';
export * from './errors.js';
export * from './table.js';
export * from './model/spec.js';
export type * from './estimators/result.js';
export * from './partnership/default-spec.js';
export * from './io/csv.js';
export * from './io/cells.js';
export * from './io/panel-csv.js';
export * from './replicate/index.js';
export { fitModel, fitModelDetailed, parseModelSpec } from './estimators/fit-model.js';
export type { FitOptions, FittedModel } from './estimators/fitted-model.js';
export { type ModelMatrix, modelMatrixFor } from './estimators/model-matrix-for.js';
export * from './model/index.js';
export * from './special/index.js';
