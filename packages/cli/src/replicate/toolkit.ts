import type { FitResult, ModelSpecInput, Table } from '@peacepanel/core';

/** A dataset as bundled by @peacepanel/data (`packages/data/datasets/<id>.json`). */
export interface DatasetJsonLike {
  id: string;
  version: string;
  title: string;
  source: string;
  caveat: string;
  columns: { name: string; kind: string; values: unknown[] }[];
}

/** A fitted model: at least its `FitResult` (the rest is opaque to the report). */
export interface FittedLike {
  result: FitResult;
}

/** A prediction with a response-scale interval. */
export interface PredictionLike {
  fit: number;
  se: number;
  lower: number;
  upper: number;
}

/** What `partnershipEffect` returns (docs/CONTRACTS.md). */
export interface PartnershipCurvesLike {
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
}

/** Country-months by deployment type, as the report needs them (adapted from `describeDeployments`). */
export interface ReportDeploymentCounts {
  unMonths: number;
  unWithPartner: number;
  unOnly: number;
  nonunOnly: number;
  both: number;
  neither: number;
}

/**
 * The building blocks the replication runs on, passed in rather than imported, so each analysis
 * reports "not run: <block> is not available" when one is missing instead of failing as a whole,
 * and tests can inject failures. `defaultToolkit()` (default-toolkit.ts) wires core's own
 * implementations. Signatures follow docs/CONTRACTS.md.
 */
export interface Toolkit<M extends FittedLike = FittedLike> {
  tableFromDataset?: (json: DatasetJsonLike) => Table;
  addPartnershipVariables?: (table: Table) => Table;
  describeDeployments?: (table: Table) => {
    overall: ReportDeploymentCounts;
    byYear: (ReportDeploymentCounts & { year: number })[];
  };
  fitModelDetailed?: (spec: ModelSpecInput, data: Table) => M;
  predict?: (
    model: M,
    newdata: Record<string, number | string>[],
    opts?: { ciLevel?: number },
  ) => PredictionLike[];
  partnershipEffect?: (
    model: M,
    opts: { unGrid: number[]; nonunLevels: number[]; at?: Record<string, number>; ciLevel?: number },
  ) => PartnershipCurvesLike;
  unTroopsForReduction?: (
    model: M,
    opts: { reduction: number; nonun: number; at?: Record<string, number> },
  ) => { un: number | null; note: string; unMax?: number; ratioAtMax?: number };
  clusterBootstrap?: (
    spec: ModelSpecInput,
    data: Table,
    opts: { reps: number; seed: number },
  ) => { draws: Float64Array; terms: string[]; failed: number };
  percentileIntervals?: (
    draws: ArrayLike<number>,
    k: number,
    level?: number,
  ) => { lower: number; upper: number; reps: number }[];
}

/**
 * Returns the named building blocks, or the names of those missing.
 * @example need(defaultToolkit(), 'fitModelDetailed', 'predict').ok // => true
 */
export function need<M extends FittedLike, K extends keyof Toolkit<M>>(
  toolkit: Toolkit<M>,
  ...names: K[]
): { ok: true; blocks: Required<Pick<Toolkit<M>, K>> } | { ok: false; missing: K[] } {
  const missing = names.filter((n) => typeof toolkit[n] !== 'function');
  if (missing.length > 0) return { ok: false, missing };
  return { ok: true, blocks: toolkit as Required<Pick<Toolkit<M>, K>> };
}

/**
 * The "not run" reason for missing building blocks.
 * @example missingReason(['predict']) // => 'the building block `predict` is not available in this build of @peacepanel/core'
 */
export function missingReason(missing: readonly string[]): string {
  return `the building block${missing.length > 1 ? 's' : ''} ${missing.map((m) => `\`${m}\``).join(', ')} ${missing.length > 1 ? 'are' : 'is'} not available in this build of @peacepanel/core`;
}
