import type { ModelSpecInput } from '../model/spec.js';
import { DEFAULT_PARTNERSHIP_SPEC, PARTNERSHIP_COLUMNS } from '../partnership/default-spec.js';
import type { Table } from '../table.js';
import { attempt, summarizeFit } from './model-summary.js';
import type { ModelSlot } from './numbers.js';
import { filterRows, numberColumn } from './panel-rows.js';
import { type FittedLike, missingReason, need, type Toolkit } from './toolkit.js';

/**
 * The controls of the default spec: every right-hand term that does not involve the troop variables.
 * @example defaultControls() // ['log1p(battle_deaths_lag1)', 'conflict_duration']
 */
export function defaultControls(): string[] {
  const rhs = DEFAULT_PARTNERSHIP_SPEC.formula.split('~')[1] ?? '';
  return rhs
    .split('+')
    .map((t) => t.trim())
    .filter(
      (t) => t.length > 0 && !t.includes(PARTNERSHIP_COLUMNS.un) && !t.includes(PARTNERSHIP_COLUMNS.nonun),
    );
}

/**
 * The three specifications of the study's main table, as our data allow: the agreed main spec
 * (`DEFAULT_PARTNERSHIP_SPEC`: UN × non-UN troops, logged lagged deaths, conflict duration, NB,
 * SEs clustered by country), and the same with UN troops alone and non-UN troops alone.
 * @example mainSpecs().unOnly.formula // 'battle_deaths ~ un_troops_k_lag1 + log1p(battle_deaths_lag1) + conflict_duration'
 */
export function mainSpecs(): { main: ModelSpecInput; unOnly: ModelSpecInput; nonunOnly: ModelSpecInput } {
  const c = defaultControls();
  const rhs = (troops: string) => [troops, ...c].join(' + ');
  const { outcome, un, nonun } = PARTNERSHIP_COLUMNS;
  return {
    main: DEFAULT_PARTNERSHIP_SPEC,
    unOnly: { ...DEFAULT_PARTNERSHIP_SPEC, formula: `${outcome} ~ ${rhs(un)}` },
    nonunOnly: { ...DEFAULT_PARTNERSHIP_SPEC, formula: `${outcome} ~ ${rhs(nonun)}` },
  };
}

/**
 * The common estimation sample: rows where both lagged troop variables are known, so the three
 * models compare like with like (rows with an unknown non-UN strength are excluded, never zeroed).
 * @example analysisSample(panel).n
 */
export function analysisSample(panel: Table): Table {
  const un = numberColumn(panel, PARTNERSHIP_COLUMNS.un);
  const nonun = numberColumn(panel, PARTNERSHIP_COLUMNS.nonun);
  if (!un || !nonun) return panel;
  return filterRows(panel, (i) => Number.isFinite(un[i] as number) && Number.isFinite(nonun[i] as number));
}

/**
 * Fits the main, UN-only and non-UN-only models on the common sample.
 * @example runMainModels(toolkit, panel).slots.main
 */
export function runMainModels<M extends FittedLike>(
  toolkit: Toolkit<M>,
  panel: Table,
): {
  slots: { main: ModelSlot; unOnly: ModelSlot; nonunOnly: ModelSlot };
  mainFit: M | null;
  sample: Table;
  info: { panelRows: number; rows: number; unknownTroops: number };
} {
  const blocks = need(toolkit, 'fitModelDetailed');
  const sample = analysisSample(panel);
  const info = { panelRows: panel.n, rows: sample.n, unknownTroops: panel.n - sample.n };
  if (!blocks.ok) {
    const slot: ModelSlot = { status: 'not run', reason: missingReason(blocks.missing) };
    return { slots: { main: slot, unOnly: slot, nonunOnly: slot }, mainFit: null, sample, info };
  }
  const specs = mainSpecs();
  let mainFit: M | null = null;
  const main = attempt(() => {
    mainFit = blocks.blocks.fitModelDetailed(specs.main, sample);
    return summarizeFit(mainFit.result, 'UN × non-UN (main)');
  });
  const unOnly = attempt(() =>
    summarizeFit(blocks.blocks.fitModelDetailed(specs.unOnly, sample).result, 'UN troops only'),
  );
  const nonunOnly = attempt(() =>
    summarizeFit(blocks.blocks.fitModelDetailed(specs.nonunOnly, sample).result, 'non-UN troops only'),
  );
  return { slots: { main, unOnly, nonunOnly }, mainFit, sample, info };
}
