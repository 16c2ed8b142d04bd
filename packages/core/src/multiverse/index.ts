/** The multiverse of the partnership model (issue 12): a declared grid, run, summarised and drawn. */

export {
  type CurveClass,
  QUANTITY_LABELS,
  type SpecCurvePoint,
  type SpecificationCurve,
  specificationCurve,
} from './curve.js';
export { DesignCache, type DesignCacheStats } from './design-cache.js';
export { EXCLUSION_RULES, type ExclusionRule } from './exclusions.js';
export { type ExpandedGrid, expandGrid, type MultiverseSpec, type OnlyOptions, parseOnly } from './expand.js';
export { fitSpec, fitSpecAsync, type MultiverseContext } from './fit-spec.js';
export {
  CHOICE_NAMES,
  type Choice,
  type ChoiceName,
  type ChoiceOption,
  type Grid,
  MAIN_CHOICES,
  MULTIVERSE_GRID,
  type SpecChoices,
  specId,
} from './grid.js';
export { modelOfSpec, type SpecModel, UNIT_DATASETS } from './model-of-spec.js';
export { type MultiverseResult, multiverseCsv, multiverseJson, multiverseResult } from './result.js';
export {
  type MultiverseEstimate,
  type MultiverseRow,
  type PartnershipRatio,
  QUANTITIES,
  type Quantity,
} from './row.js';
export {
  type MultiverseProgress,
  multiverseContext,
  type RunMultiverseOptions,
  runMultiverse,
  runMultiverseAsync,
} from './run.js';
export { prepareDataset, SAMPLE_SUBSETS, sampleTable } from './sample-table.js';
export { type MultiverseSummary, type QuantitySummary, STUDY_SIGNS, summarizeMultiverse } from './summary.js';
export { multiverseReading, multiverseSummaryText } from './summary-text.js';
