/**
 * The research operations of the estimator: zero-inflated and hurdle fits, diagnostics (rootogram,
 * residuals) and the wild cluster score bootstrap. They bring a large part of core (the two-part
 * likelihoods, the wild bootstrap), so they are an extension: `../worker.ts` (the package's worker)
 * passes `researchOperations` to `createEstimator`, while a bundle that only draws charts (the widget's
 * engine) leaves them out and stays small; there the three methods resolve a located error value.
 */
import type {
  DiagnosticsRequest,
  DiagnosticsResponse,
  TwoPartRequest,
  TwoPartResponse,
  WildBootstrapRequest,
  WildBootstrapResponse,
} from '../api.js';
import type { CancelToken } from './cancellation.js';
import type { DatasetStore } from './dataset-store.js';
import type { FittedModels } from './fitted-models.js';
import { diagnosticsOperation, fitTwoPartOperation } from './operations/diagnostics.js';
import { wildBootstrapOperation } from './operations/wild-bootstrap.js';
import { TwoPartModels } from './two-part-models.js';

/** The research operations bound to one estimator's datasets and models. */
export interface ResearchOperations {
  fitTwoPart(req: TwoPartRequest, token: CancelToken): TwoPartResponse;
  diagnostics(req: DiagnosticsRequest, token: CancelToken): Promise<DiagnosticsResponse>;
  wildBootstrap(req: WildBootstrapRequest, token: CancelToken): Promise<WildBootstrapResponse>;
  /** Forgets what was fitted on a dataset (after it is reloaded). */
  dropDataset(id: string): void;
}

/** Builds the research operations of an estimator (see `EstimatorOptions.research`). */
export type ResearchFactory = (store: DatasetStore, models: FittedModels) => ResearchOperations;

/**
 * The research operations: two-part models cached per estimator, diagnostics of any model, wild bootstrap.
 * @example const estimator = createEstimator({ research: researchOperations });
 */
export const researchOperations: ResearchFactory = (store, models) => {
  const twoPart = new TwoPartModels(store);
  return {
    fitTwoPart: (req, token) => fitTwoPartOperation(twoPart, req, token),
    diagnostics: (req, token) => diagnosticsOperation(models, twoPart, req, token),
    wildBootstrap: (req, token) => wildBootstrapOperation(models, req, token),
    dropDataset: (id) => twoPart.dropDataset(id),
  };
};
