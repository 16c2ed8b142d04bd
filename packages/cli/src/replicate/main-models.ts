import {
  buildDesign,
  filterRows,
  MAIN_COLUMNS,
  MAIN_SPEC,
  type ModelSpecInput,
  parseModelSpec,
  type Table,
} from '@peacepanel/core';
import { attempt, summarizeFit } from './model-summary.js';
import type { ModelSlot, ReplicationNumbers } from './numbers.js';
import { type FittedLike, missingReason, need, type Toolkit } from './toolkit.js';

/**
 * The controls of a specification: every right-hand term that does not involve the troop variables.
 * @example defaultControls() // => ['un_police_k_lag1', 'un_observers_k_lag1', 'log1p(battle_deaths_lag1)', 'conflict_duration']
 */
export function defaultControls(spec: ModelSpecInput = MAIN_SPEC): string[] {
  const rhs = spec.formula.split('~')[1] ?? '';
  return rhs
    .split('+')
    .map((t) => t.trim())
    .filter((t) => t.length > 0 && !t.includes(MAIN_COLUMNS.un) && !t.includes(MAIN_COLUMNS.nonun));
}

/**
 * The three specifications of the study's main table: the declared main specification (`MAIN_SPEC`:
 * UN × non-UN troops, UN police and observers, logged lagged deaths, conflict duration, NB2, SEs clustered
 * by conflict, 1993–2018), and the same with UN troops alone and non-UN troops alone.
 * @example mainSpecs().unOnly.formula
 * // => 'battle_deaths ~ un_troops_k_lag1 + un_police_k_lag1 + un_observers_k_lag1 + log1p(battle_deaths_lag1) + conflict_duration'
 */
export function mainSpecs(main: ModelSpecInput = MAIN_SPEC): {
  main: ModelSpecInput;
  unOnly: ModelSpecInput;
  nonunOnly: ModelSpecInput;
} {
  const c = defaultControls(main);
  const rhs = (troops: string) => [troops, ...c].join(' + ');
  const { outcome, un, nonun } = MAIN_COLUMNS;
  return {
    main,
    unOnly: { ...main, formula: `${outcome} ~ ${rhs(un)}` },
    nonunOnly: { ...main, formula: `${outcome} ~ ${rhs(nonun)}` },
  };
}

/**
 * The common estimation sample: the rows the main specification uses (inside its subset, every variable
 * known), so the three models compare like with like (rows with an unknown non-UN strength are excluded,
 * never zeroed). Counts the rows outside the subset and those left out for unknown values.
 * @throws PeacepanelError when the main specification cannot be built on the panel (e.g. a missing column).
 * @example analysisSample(tableFromDataset(conflictMonth)).table.n // => 3587
 */
export function analysisSample(
  panel: Table,
  spec: ModelSpecInput = MAIN_SPEC,
): { table: Table; info: ReplicationNumbers['models']['sample'] } {
  const s = parseModelSpec(spec);
  const required = s.vcov === 'cluster' && s.cluster ? [s.cluster] : [];
  const design = buildDesign(s.formula, panel, { unit: s.unit, time: s.time, required, subset: s.subset });
  const outsideSubset = design.exclusions
    .filter((e) => e.reason.startsWith('outside the subset') || e.reason.startsWith('subset '))
    .reduce((a, e) => a + e.count, 0);
  const used = new Uint8Array(panel.n);
  for (const r of design.rows) used[r] = 1;
  const table = filterRows(panel, (i) => used[i] === 1);
  return {
    table,
    info: {
      panelRows: panel.n,
      outsideSubset,
      unknownTroops: panel.n - outsideSubset - table.n,
      rows: table.n,
    },
  };
}

/**
 * Fits the main, UN-only and non-UN-only models on the common sample.
 * @example const panel = tableFromDataset(conflictMonth);
 * runMainModels(defaultToolkit(), panel).slots.main.status // => 'ok'
 */
export function runMainModels<M extends FittedLike>(
  toolkit: Toolkit<M>,
  panel: Table,
): {
  slots: { main: ModelSlot; unOnly: ModelSlot; nonunOnly: ModelSlot };
  mainFit: M | null;
  sample: Table;
  info: ReplicationNumbers['models']['sample'];
} {
  const blocks = need(toolkit, 'fitModelDetailed');
  const empty = { panelRows: panel.n, outsideSubset: 0, unknownTroops: 0, rows: 0 };
  const notRun = (reason: string) => {
    const slot: ModelSlot = { status: 'not run', reason };
    return {
      slots: { main: slot, unOnly: slot, nonunOnly: slot },
      mainFit: null,
      sample: panel,
      info: empty,
    };
  };
  if (!blocks.ok) return notRun(missingReason(blocks.missing));
  let sample: ReturnType<typeof analysisSample>;
  try {
    sample = analysisSample(panel);
  } catch (e) {
    return notRun(e instanceof Error ? e.message : String(e));
  }
  const specs = mainSpecs();
  let mainFit: M | null = null;
  const main = attempt(() => {
    mainFit = blocks.blocks.fitModelDetailed(specs.main, sample.table);
    return summarizeFit(mainFit.result, 'UN × non-UN (main)');
  });
  const unOnly = attempt(() =>
    summarizeFit(blocks.blocks.fitModelDetailed(specs.unOnly, sample.table).result, 'UN troops only'),
  );
  const nonunOnly = attempt(() =>
    summarizeFit(blocks.blocks.fitModelDetailed(specs.nonunOnly, sample.table).result, 'non-UN troops only'),
  );
  return { slots: { main, unOnly, nonunOnly }, mainFit, sample: sample.table, info: sample.info };
}
