import type { ModelSpecInput } from '../model/spec.js';
import { lagWithin } from '../panel/lags.js';
import type { Table } from '../table.js';
import { attempt, summarizeFit } from './model-summary.js';
import type { HksSection, NotRun, RobustnessRow } from './numbers.js';
import { numberColumn } from './panel-rows.js';
import { type FittedLike, missingReason, need, type Toolkit } from './toolkit.js';

/**
 * Column names of the bundled conflict-month dataset (`africa-conflict-month-1989-2011`), the
 * HKS-family replication file: battle deaths, UN troops and police in thousands lagged one month,
 * and the 0/1 regional (non-UN) mission indicator.
 */
export const CONFLICT_MONTH_COLUMNS = {
  outcome: 'battle_deaths',
  /** Made here by `withLaggedDeaths` (the dataset has no lagged outcome). */
  deathsLag: 'battle_deaths_lag1',
  troops: 'un_troops_k_lag1',
  police: 'un_police_k_lag1',
  regional: 'regional_pko',
  unit: 'conflict_id',
  time: 'ym',
} as const;

/**
 * Adds `battle_deaths_lag1`: battle deaths one calendar month earlier within the conflict (NaN
 * when that month is absent or missing; never zero-filled).
 * @example withLaggedDeaths(tableFromDataset(conflictMonth)).columns.battle_deaths_lag1
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
 * The conflict-month specs: HKS-style (troops, police, logged lagged deaths) and the partnership one
 * (troops × regional-mission indicator), NB with SEs clustered by conflict.
 * @example conflictMonthSpecs().hks.formula
 */
export function conflictMonthSpecs(): { hks: ModelSpecInput; partnership: ModelSpecInput } {
  const c = CONFLICT_MONTH_COLUMNS;
  const base = {
    family: 'negbin' as const,
    vcov: 'cluster' as const,
    cluster: c.unit,
    clusterConvention: 'stata' as const,
    unit: c.unit,
    time: c.time,
  };
  return {
    hks: { ...base, formula: `${c.outcome} ~ ${c.troops} + ${c.police} + log1p(${c.deathsLag})` },
    partnership: { ...base, formula: `${c.outcome} ~ ${c.troops} * ${c.regional} + log1p(${c.deathsLag})` },
  };
}

/**
 * The partnership model on the 1989–2011 conflict-month data, where non-UN presence is only a 0/1
 * regional-mission indicator: UN troops × indicator, logged lagged deaths, SEs clustered by conflict.
 * @example conflictMonthRobustness(toolkit, table).model.status
 */
export function conflictMonthRobustness<M extends FittedLike>(
  toolkit: Toolkit<M>,
  table: Table | null,
): RobustnessRow {
  const label =
    'conflict-month data (1989–2011) with the regional-mission indicator in place of non-UN troops';
  const id = 'conflict-month';
  if (!table)
    return { id, label, model: { status: 'not run', reason: 'the conflict-month dataset was not given' } };
  const blocks = need(toolkit, 'fitModelDetailed');
  if (!blocks.ok) return { id, label, model: { status: 'not run', reason: missingReason(blocks.missing) } };
  const c = CONFLICT_MONTH_COLUMNS;
  const miss = missingColumns(table, [c.outcome, c.deathsLag, c.troops, c.regional, c.unit, c.time]);
  if (miss.length)
    return {
      id,
      label,
      model: { status: 'not run', reason: `the conflict-month data lack ${miss.join(', ')}` },
    };
  return {
    id,
    label,
    model: attempt(() =>
      summarizeFit(blocks.blocks.fitModelDetailed(conflictMonthSpecs().partnership, table).result, label),
    ),
  };
}

/**
 * The HKS-style check: predicted monthly battle deaths with no UN troops and with `troops`
 * soldiers (other covariates at their sample means), from an NB model of deaths on UN troops,
 * police and the logged lagged outcome on the conflict-month data.
 * @example runHksCheck(toolkit, table, 10000, 0.95)
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
  const miss = missingColumns(table, [c.outcome, c.deathsLag, c.troops, c.police, c.unit, c.time]);
  if (miss.length) return { status: 'not run', reason: `the conflict-month data lack ${miss.join(', ')}` };
  return attempt((): HksSection => {
    const fit = blocks.blocks.fitModelDetailed(conflictMonthSpecs().hks, table);
    const model = summarizeFit(fit.result, 'HKS-style');
    const means = sampleMeans(table, [c.outcome, c.troops, c.police, c.deathsLag], [c.police, c.deathsLag]);
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
      noUn: { fit: none.fit, lower: none.lower, upper: none.upper },
      withTroops: { fit: some.fit, lower: some.lower, upper: some.upper },
      reduction: 1 - some.fit / none.fit,
      curve: preds.map((p, i) => ({
        troops: (levels[i] as number) * 1000,
        fit: p.fit,
        lower: p.lower,
        upper: p.upper,
      })),
      note: 'Differences from HKS: their model has further controls and their own battle-death coding; ours keeps UN troops, UN police and the logged lagged outcome, with the other covariates at their sample means (lagged deaths averaged on the count scale before logging), and standard errors clustered by conflict. The comparison is of the shape and size of the drop, not of the exact numbers.',
    };
  });
}

/** Means of `names` over the rows where every column of `complete` is known (the estimation sample). */
function sampleMeans(table: Table, complete: string[], names: string[]): Record<string, number> {
  const cols = complete.map((n) => numberColumn(table, n));
  const rows: number[] = [];
  for (let i = 0; i < table.n; i++)
    if (cols.every((c) => c !== undefined && Number.isFinite(c[i] as number))) rows.push(i);
  const out: Record<string, number> = {};
  for (const name of names) {
    const col = numberColumn(table, name);
    if (!col || rows.length === 0) throw new Error(`no complete rows to average ${name} over`);
    out[name] = rows.reduce((acc, i) => acc + (col[i] as number), 0) / rows.length;
  }
  return out;
}
