import {
  CHOICE_NAMES,
  type ChoiceName,
  type MultiverseResult,
  type MultiverseRow,
  modelOfSpec,
  QUANTITIES,
  type Quantity,
} from '@peacepanel/core';
import { type ListedModel, listedOf } from '../model/model-list.js';

/** The page's URL state: the quantity shown, the option each choice is filtered to, the run's `only`. */
export interface RobustnessState {
  quantity: Quantity;
  filters: Partial<Record<ChoiceName, string>>;
  /** Core's `--only` text restricting the run (e.g. `fixedEffects=none`), or undefined for the whole grid. */
  only: string | undefined;
}

/**
 * Reads the state from the route's parameters: `q` (quantity), `f_<choice>` (filters), `only`.
 * Unknown values are ignored (a broken link must not break the page).
 * @example robustnessFromParams({ q: 'unTroops', f_model: 'nb2' }).filters.model // => 'nb2'
 */
export function robustnessFromParams(params: Record<string, string>): RobustnessState {
  const q = params.q as Quantity;
  const filters: RobustnessState['filters'] = {};
  for (const c of CHOICE_NAMES) {
    const v = params[`f_${c}`];
    if (v) filters[c] = v;
  }
  return { quantity: QUANTITIES.includes(q) ? q : 'interaction', filters, only: params.only || undefined };
}

/**
 * The result restricted to the specifications that use every filtered option (the summary is recomputed
 * by the caller if needed; the curve reads only the rows).
 * @example import { expandGrid, multiverseResult } from '@peacepanel/core';
 * const result = multiverseResult(expandGrid({ model: ['nb2'] }), [], {});
 * filterResult(result, { model: 'nb2' }).rows.every((r) => r.choices.model === 'nb2') // => true
 */
export function filterResult(
  result: MultiverseResult,
  filters: RobustnessState['filters'],
): MultiverseResult {
  const entries = Object.entries(filters) as [ChoiceName, string][];
  if (!entries.length) return result;
  return { ...result, rows: result.rows.filter((r) => entries.every(([c, o]) => r.choices[c] === o)) };
}

/**
 * The Model page's listing of a specification of the curve: its formula and family with everything
 * else core's `modelOfSpec` fits it with (the sample as `subset`, CR1 clustered by the unit, the unit
 * and time columns, and its dataset), so the permalink refits the same model, not the formula alone.
 * @example import { MAIN_CHOICES } from '@peacepanel/core';
 * const row = { id: 'main', index: 0, choices: MAIN_CHOICES, dataset: 'africa-conflict-month', family: 'negbin' as const,
 *   formula: 'battle_deaths ~ un_troops_k_lag1 * nonun_troops_k_lag1', ok: false, reason: null, n: null, clusters: null,
 *   nExcluded: null, converged: null, iterations: null, unTroops: null, interaction: null, partnership: null, warnings: [] };
 * listedOfRow(row).extras?.subset // => 'year >= 1993 & year <= 2018'
 */
export function listedOfRow(row: MultiverseRow): ListedModel {
  const { dataset, model } = modelOfSpec(row.choices);
  const listed = listedOf({ ...model, formula: row.formula, family: row.family, vcov: 'cluster' });
  return { ...listed, extras: { ...listed.extras, dataset } };
}
