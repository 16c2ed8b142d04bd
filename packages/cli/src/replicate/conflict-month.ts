import { lagWithin, type ModelSpecInput, numberColumn, type Table } from '@peacepanel/core';
import { attempt, summarizeFit } from './model-summary.js';
import type { HksSection, NotRun, RobustnessRow } from './numbers.js';
import { type FittedLike, missingReason, need, type Toolkit } from './toolkit.js';

/**
 * Column names of the bundled conflict-month dataset (`africa-conflict-month-1989-2011`), the
 * HKS-family replication file: battle deaths, UN troops and police in thousands lagged one month,
 * the 0/1 regional (non-UN) mission indicator, the active-year flag and the HKS controls the file carries.
 */
export const CONFLICT_MONTH_COLUMNS = {
  outcome: 'battle_deaths',
  /** Made here by `withLaggedDeaths` (the dataset has no lagged outcome). */
  deathsLag: 'battle_deaths_lag1',
  troops: 'un_troops_k_lag1',
  police: 'un_police_k_lag1',
  regional: 'regional_pko',
  active: 'active_year',
  unit: 'conflict_id',
  time: 'ym',
} as const;

/**
 * The controls of Hultman, Kathman & Shannon (2014, APSR) that the 1989–2011 file carries, and those it
 * does not (named so the report can say so).
 */
export const HKS_CONTROLS = {
  available: ['ceasefire', 'rebel_strength', 'n_rebel_groups', 'pop_ln', 'biased_intervention'],
  unavailable: ['un_observers_k_lag1 (UN military observers: not in the file)'],
} as const;

/**
 * Adds `battle_deaths_lag1`: battle deaths one calendar month earlier within the conflict (NaN
 * when that month is absent or missing; never zero-filled).
 * @example withLaggedDeaths(tableFromDataset(conflictMonth)).columns.battle_deaths_lag1?.kind // => 'number'
 */
export function withLaggedDeaths(table: Table): Table {
  const c = CONFLICT_MONTH_COLUMNS;
  if (table.columns[c.outcome]?.kind !== 'number' || !table.columns[c.unit] || !table.columns[c.time])
    return table;
  const lag = lagWithin(table, c.outcome, 1, { unit: c.unit, time: c.time });
  return { n: table.n, columns: { ...table.columns, [c.deathsLag]: { kind: 'number', values: lag } } };
}

function missingColumns(table: Table, names: readonly string[]): string[] {
  return names.filter((n) => table.columns[n] === undefined);
}

/**
 * The conflict-month specs, both on active conflict-years (`active_year == 1`, HKS's sample) with SEs
 * clustered by conflict:
 * - `hks`: HKS's design as far as the file allows: UN troops and police (thousands, lagged), last month's
 *   deaths in levels, and the controls of `HKS_CONTROLS.available`;
 * - `partnership`: UN troops × the regional-mission indicator, logged lagged deaths (a robustness row).
 * @example conflictMonthSpecs().hks.formula
 */
export function conflictMonthSpecs(): { hks: ModelSpecInput; partnership: ModelSpecInput } {
  const c = CONFLICT_MONTH_COLUMNS;
  const base = {
    family: 'negbin' as const,
    vcov: 'cluster' as const,
    cluster: c.unit,
    clusterConvention: 'stata' as const,
    subset: `${c.active} == 1`,
    unit: c.unit,
    time: c.time,
  };
  const controls = HKS_CONTROLS.available.join(' + ');
  return {
    hks: { ...base, formula: `${c.outcome} ~ ${c.troops} + ${c.police} + ${c.deathsLag} + ${controls}` },
    partnership: { ...base, formula: `${c.outcome} ~ ${c.troops} * ${c.regional} + log1p(${c.deathsLag})` },
  };
}

/**
 * The partnership model on the 1989–2011 conflict-month data, where non-UN presence is only a 0/1
 * regional-mission indicator: UN troops × indicator, logged lagged deaths, SEs clustered by conflict.
 * @example conflictMonthRobustness(defaultToolkit(), null).model.status // => 'not run'
 */
export function conflictMonthRobustness<M extends FittedLike>(
  toolkit: Toolkit<M>,
  table: Table | null,
): RobustnessRow {
  const label =
    'HKS-family conflict-months (1989–2011, active years) with the regional-mission indicator in place of non-UN troops';
  const id = 'conflict-month';
  const term = `${CONFLICT_MONTH_COLUMNS.troops}:${CONFLICT_MONTH_COLUMNS.regional}`;
  if (!table)
    return {
      id,
      label,
      term,
      model: { status: 'not run', reason: 'the conflict-month dataset was not given' },
    };
  const blocks = need(toolkit, 'fitModelDetailed');
  if (!blocks.ok)
    return { id, label, term, model: { status: 'not run', reason: missingReason(blocks.missing) } };
  const c = CONFLICT_MONTH_COLUMNS;
  const miss = missingColumns(table, [
    c.outcome,
    c.deathsLag,
    c.troops,
    c.regional,
    c.active,
    c.unit,
    c.time,
  ]);
  if (miss.length)
    return {
      id,
      label,
      term,
      model: { status: 'not run', reason: `the conflict-month data lack ${miss.join(', ')}` },
    };
  return {
    id,
    label,
    term,
    model: attempt(() =>
      summarizeFit(blocks.blocks.fitModelDetailed(conflictMonthSpecs().partnership, table).result, label),
    ),
  };
}

/**
 * The HKS check on HKS's own design as far as the 1989–2011 file allows: predicted monthly battle deaths
 * with no UN troops and with `troops` soldiers, every other covariate at its mean over the estimation
 * sample (active conflict-years with every model variable known), from `conflictMonthSpecs().hks`.
 * @example runHksCheck(defaultToolkit(), null, 10000, 0.95).status // => 'not run'
 */
export function runHksCheck<M extends FittedLike>(
  toolkit: Toolkit<M>,
  table: Table | null,
  troops: number,
  ciLevel: number,
): HksSection | NotRun {
  if (!table) return { status: 'not run', reason: 'the conflict-month dataset was not given' };
  const blocks = need(toolkit, 'fitModelDetailed', 'predict');
  if (!blocks.ok) return { status: 'not run', reason: missingReason(blocks.missing) };
  const c = CONFLICT_MONTH_COLUMNS;
  const held = [c.police, c.deathsLag, ...HKS_CONTROLS.available];
  const miss = missingColumns(table, [c.outcome, c.troops, c.active, c.unit, c.time, ...held]);
  if (miss.length) return { status: 'not run', reason: `the conflict-month data lack ${miss.join(', ')}` };
  return attempt((): HksSection => {
    const fit = blocks.blocks.fitModelDetailed(conflictMonthSpecs().hks, table);
    const model = summarizeFit(fit.result, 'HKS design');
    const active = numberColumn(table, c.active);
    const means = sampleMeans(table, [c.outcome, c.troops, ...held], held, (i) => active?.[i] === 1);
    const levels = Array.from({ length: Math.floor(troops / 1000) + 1 }, (_, i) => i);
    if (levels[levels.length - 1] !== troops / 1000) levels.push(troops / 1000);
    const preds = blocks.blocks.predict(
      fit,
      levels.map((k) => ({ ...means, [c.troops]: k })),
      { ciLevel },
    );
    const none = preds[0];
    const some = preds[preds.length - 1];
    if (!none || !some || preds.length !== levels.length)
      throw new Error('predict returned fewer rows than asked');
    return {
      status: 'ok',
      model,
      troops,
      controls: [...HKS_CONTROLS.available],
      unavailable: [...HKS_CONTROLS.unavailable],
      noUn: { fit: none.fit, lower: none.lower, upper: none.upper },
      withTroops: { fit: some.fit, lower: some.lower, upper: some.upper },
      reduction: 1 - some.fit / none.fit,
      curve: preds.map((p, i) => ({
        troops: (levels[i] as number) * 1000,
        fit: p.fit,
        lower: p.lower,
        upper: p.upper,
      })),
      note: "Built on HKS's design as far as the file allows: active conflict-years only, UN troops and police in thousands lagged one month, last month's deaths in levels, and the controls the file carries; other covariates are held at their means over the estimation sample and standard errors are clustered by conflict. What differs: the file has no UN military observers (HKS control for them), its provenance is inferred rather than stated, its deaths are summed over a conflict's dyads, and its sample and period are not exactly HKS's. Compare the shape and size of the drop, not the exact numbers.",
    };
  });
}

/**
 * Means of `names` over the rows where `keep` holds and every column of `complete` is known (the
 * estimation sample).
 */
function sampleMeans(
  table: Table,
  complete: string[],
  names: string[],
  keep: (i: number) => boolean,
): Record<string, number> {
  const cols = complete.map((n) => numberColumn(table, n));
  const rows: number[] = [];
  for (let i = 0; i < table.n; i++)
    if (keep(i) && cols.every((col) => col !== undefined && Number.isFinite(col[i] as number))) rows.push(i);
  const out: Record<string, number> = {};
  for (const name of names) {
    const col = numberColumn(table, name);
    if (!col || rows.length === 0) throw new Error(`no complete rows to average ${name} over`);
    out[name] = rows.reduce((acc, i) => acc + (col[i] as number), 0) / rows.length;
  }
  return out;
}
