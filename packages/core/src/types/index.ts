/**
 * The data contracts that core's layers (and the worker, widget, demo and data packages) share: plain
 * data types with no dependencies beyond this folder. Validation (zod) lives with the schemas, each
 * checked at compile time to infer exactly the type declared here.
 */
export type { ColumnMapping } from './column-mapping.js';
export type { DatasetInfo } from './dataset-info.js';
export type { DatasetColumnJson, DatasetJson } from './dataset-json.js';
export type { DeploymentCounts, DeploymentSummary } from './deployments.js';
export type { Exclusion } from './exclusion.js';
export {
  CLUSTER_CONVENTIONS,
  HC_TYPES,
  MODEL_FAMILIES,
  MODEL_SPEC_DEFAULTS,
  type ModelFamily,
  type ModelSpec,
  type ModelSpecInput,
  VCOV_KINDS,
  type VcovKind,
} from './model-spec.js';
export { PARTNERSHIP_COLUMNS } from './partnership-columns.js';
export type { TypesEqual } from './type-equality.js';
