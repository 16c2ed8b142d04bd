import type { ModelSpecInput } from '../model/spec.js';

/**
 * The one declared main specification of peacepanel (issue 11 §2), read by the CLI, the worker, the widget,
 * the demo and the replication report. It is the design of the study, fixed before any estimate was seen;
 * a change to it must be argued from that design (Schumann & Bara 2023; Hultman, Kathman & Shannon 2014),
 * never from the numbers it produces. Element by element:
 *
 * - **Unit: the conflict-month in active wars** (`africa-conflict-month`: one row per UCDP/PRIO intrastate or
 *   internationalised-intrastate conflict with an African government, in every month of a year the conflict is
 *   active in ACD). Schumann & Bara's unit of analysis is the conflict-month, and their question is whether
 *   peacekeepers reduce violence *where there is fighting*; HKS (2014) likewise study conflict-months of
 *   active civil wars. Country-months mix in months with a mission but no war (and sum deaths over several
 *   conflicts), which answers a different question.
 * - **Sample 1993-01 to 2018-12** (`subset`): the study's period of observation. The dataset runs to 2019 and
 *   its lags reach back to 1989, so the restriction is a declared row filter, reported as an exclusion.
 * - **NB2** (negative binomial with estimated dispersion): monthly battle deaths are overdispersed counts with
 *   many zeros; both Schumann & Bara and HKS estimate negative binomial models.
 * - **`battle_deaths ~ un_troops_k_lag1 * nonun_troops_k_lag1`**: the study's hypothesis is about UN troops,
 *   non-UN troops and their joint (parallel) deployment, so both troop counts (thousands, lagged one month
 *   so that deployment precedes the deaths it is meant to affect) enter with their product.
 * - **`+ un_police_k_lag1 + un_observers_k_lag1`**: HKS (2014) separate UN troops from police and military
 *   observers, whose roles differ; Schumann & Bara follow HKS's controls. Leaving them out would let the troop
 *   coefficient carry the other personnel types.
 * - **`+ log1p(battle_deaths_lag1)`**: violence is persistent and missions go where it is high; the study (as
 *   HKS) conditions on last month's deaths. `log1p` keeps zero months and tames the heavy tail.
 * - **`+ conflict_duration`** (months since the episode began): conflicts change intensity as they age and
 *   missions arrive at different ages; the study controls for duration.
 * - **Standard errors clustered by conflict** (CR1, Stata's `nbreg, vce(cluster conflict_id)` convention
 *   over (β, ln α)): months of one conflict are not independent, the conflict is the panel unit, and the
 *   authors work in Stata.
 * - **Non-UN troops `strict`**: reported figures, interpolated between reports, missing otherwise (never
 *   filled or set to zero), because a month with an unknown non-UN strength carries no information about it;
 *   the `filled` and `present` definitions are robustness choices shown by the multiverse.
 *
 * The dataset's column contract is in the repository's CONFLICT_MONTH_CONTRACT (issue 11 §1).
 */
export const MAIN_COLUMNS = {
  outcome: 'battle_deaths',
  un: 'un_troops_k_lag1',
  nonun: 'nonun_troops_k_lag1',
  police: 'un_police_k_lag1',
  observers: 'un_observers_k_lag1',
  deathsLag: 'battle_deaths_lag1',
  duration: 'conflict_duration',
  unit: 'conflict_id',
  time: 'ym',
  year: 'year',
} as const;

/** The id of the dataset the main specification is fitted on (built in @peacepanel/data). */
export const MAIN_DATASET_ID = 'africa-conflict-month';

/** The study's period of observation, as calendar years (inclusive). */
export const MAIN_PERIOD = { first: 1993, last: 2018 } as const;

/**
 * The main model (see the module comment for why each element is there).
 * @example MAIN_SPEC.formula.startsWith(`${MAIN_COLUMNS.outcome} ~ `) // => true
 */
export const MAIN_SPEC: ModelSpecInput = {
  formula: `${MAIN_COLUMNS.outcome} ~ ${MAIN_COLUMNS.un} * ${MAIN_COLUMNS.nonun} + ${MAIN_COLUMNS.police} + ${MAIN_COLUMNS.observers} + log1p(${MAIN_COLUMNS.deathsLag}) + ${MAIN_COLUMNS.duration}`,
  family: 'negbin',
  vcov: 'cluster',
  cluster: MAIN_COLUMNS.unit,
  clusterConvention: 'stata',
  subset: `${MAIN_COLUMNS.year} >= ${MAIN_PERIOD.first} & ${MAIN_COLUMNS.year} <= ${MAIN_PERIOD.last}`,
  unit: MAIN_COLUMNS.unit,
  time: MAIN_COLUMNS.time,
};

/** A named specification: which dataset it is fitted on, the model, and how non-UN troops are counted. */
export interface DeclaredSpecification {
  id: string;
  label: string;
  dataset: string;
  spec: ModelSpecInput;
  /** Which non-UN troop definition the formula's non-UN column follows. */
  nonunRule: 'strict' | 'filled' | 'present';
}

/**
 * The main specification with its dataset: what every consumer reads.
 * @example MAIN_SPECIFICATION.dataset // => 'africa-conflict-month'
 */
export const MAIN_SPECIFICATION: DeclaredSpecification = {
  id: 'main',
  label: 'conflict-months in active wars 1993–2018 (main)',
  dataset: MAIN_DATASET_ID,
  spec: MAIN_SPEC,
  nonunRule: 'strict',
};
