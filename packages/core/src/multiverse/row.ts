import type { SpecChoices } from './grid.js';

/** An estimate with its standard error, interval and two-sided p-value (finite, never NaN). */
export interface MultiverseEstimate {
  estimate: number;
  stdError: number;
  lower: number;
  upper: number;
  p: number;
}

/**
 * The partnership effect of one specification: predicted deaths with a typical partner over predicted
 * deaths without one, at a typical UN deployment (other covariates held equal, so they cancel).
 * `stdError` is that of the log ratio; the interval is exp(log ratio ± z·SE).
 */
export interface PartnershipRatio extends MultiverseEstimate {
  /** UN troops (thousands) and partner level (thousands, or 1 for presence) it is evaluated at. */
  un: number;
  partner: number;
}

/** One specification's result: a fit that failed is a row with its reason, never a hole. */
export interface MultiverseRow {
  id: string;
  index: number;
  choices: SpecChoices;
  dataset: string;
  formula: string;
  family: 'negbin' | 'poisson';
  /** True when the fit ran, converged and gave finite estimates of the quantities. */
  ok: boolean;
  /** Why `ok` is false (the user-facing error, or the numerical trouble); null when ok. */
  reason: string | null;
  n: number | null;
  clusters: number | null;
  /** Rows left out: by the sample, then by the fit (missing values, all-zero fixed-effect units). */
  nExcluded: number | null;
  converged: boolean | null;
  iterations: number | null;
  unTroops: MultiverseEstimate | null;
  interaction: MultiverseEstimate | null;
  partnership: PartnershipRatio | null;
  warnings: string[];
}

/** The three quantities of the study each row reports. */
export const QUANTITIES = ['unTroops', 'interaction', 'partnership'] as const;
/** One of the three quantities. */
export type Quantity = (typeof QUANTITIES)[number];
