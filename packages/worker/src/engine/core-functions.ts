/**
 * The core functions the engine calls, typed as docs/CONTRACTS.md states them. Core's estimators,
 * inference and data modules land one by one; until one exists in the built core, calling it
 * resolves to an `INTERNAL` error value naming the missing function rather than failing the build.
 */

import type { ColumnMapping, Exclusion, FitResult, ModelSpecInput, Table } from '@peacepanel/core';
import * as core from '@peacepanel/core';
import type { DatasetJson, DeploymentSummary } from '../api.js';

/** The part of core's `FittedModel` the worker reads; the rest is passed back to core untouched. */
export interface FittedModelLike {
  result: FitResult;
}

type Signalled = { signal?: AbortSignal };

export interface CoreFunctions {
  fitModelDetailed(
    spec: ModelSpecInput,
    data: Table,
    options?: Signalled & { onProgress?: (p: { iteration: number; logLik: number }) => void },
  ): FittedModelLike;
  predict(
    model: FittedModelLike,
    newdata: Record<string, number | string>[],
    opts?: { ciLevel?: number },
  ): { fit: number; se: number; lower: number; upper: number }[];
  partnershipEffect(
    model: FittedModelLike,
    opts: { unGrid: number[]; nonunLevels: number[]; at?: Record<string, number>; ciLevel?: number },
  ): {
    curves: {
      nonun: number;
      points: {
        un: number;
        fit: number;
        lower: number;
        upper: number;
        marginal: number;
        marginalLower: number;
        marginalUpper: number;
      }[];
    }[];
  };
  unTroopsForReduction(
    model: FittedModelLike,
    opts: { reduction: number; nonun: number; at?: Record<string, number>; baseline?: 'no-un' | 'no-troops' },
  ): { un: number | null; note: string };
  clusterBootstrap(
    spec: ModelSpecInput,
    data: Table,
    opts: Signalled & {
      reps: number;
      seed: number;
      start?: number;
      end?: number;
      onProgress?: (p: { done: number; total: number }) => void;
    },
  ): { draws: Float64Array; terms: string[]; failed: number };
  parsePanelCsv(
    text: string,
    options: { file?: string; mapping?: ColumnMapping },
  ): { table: Table; exclusions: Exclusion[] };
  percentileIntervals(
    draws: ArrayLike<number>,
    k: number,
    level?: number,
  ): { lower: number; upper: number; reps: number }[];
  tableFromDataset(json: DatasetJson): Table;
  addPartnershipVariables(table: Table): Table;
  describeDeployments(table: Table): DeploymentSummary;
}

const available = core as unknown as Partial<CoreFunctions>;

/**
 * Returns core's implementation of `name`, or throws an internal error when this build of core does
 * not have it yet.
 * @example coreFunction('fitModelDetailed')(DEFAULT_PARTNERSHIP_SPEC, table)
 */
export function coreFunction<K extends keyof CoreFunctions>(name: K): CoreFunctions[K] {
  const f = available[name];
  if (typeof f !== 'function') throw new Error(`@peacepanel/core ${core.VERSION} has no ${name} yet`);
  return f as CoreFunctions[K];
}
