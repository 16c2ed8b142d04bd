import { CHOICE_NAMES, type ChoiceName } from './grid.js';
import type { MultiverseResult } from './result.js';
import type { Quantity } from './row.js';

/**
 * How an estimate relates to the study's claim: with the study's sign and significant, with the sign
 * only, against it, or against it and significant (the colours and marks of the curve).
 */
export type CurveClass = 'sign-significant' | 'sign' | 'opposite' | 'opposite-significant';

/** One specification on the curve, at its rank. */
export interface SpecCurvePoint {
  id: string;
  /** 0-based position after sorting by estimate (ties by id). */
  rank: number;
  estimate: number;
  lower: number;
  upper: number;
  p: number;
  cls: CurveClass;
  main: boolean;
}

/** The data of a specification curve: points sorted by estimate and the choice matrix under them. */
export interface SpecificationCurve {
  quantity: Quantity;
  /** Human label of the quantity. */
  label: string;
  /** The no-effect value: 0 for coefficients, 1 for the ratio (drawn on a log scale). */
  nullValue: 0 | 1;
  logScale: boolean;
  points: SpecCurvePoint[];
  /** One row per option, grouped by choice: the ranks of the specifications that use it. */
  matrix: { choice: ChoiceName; choiceLabel: string; option: string; label: string; ranks: number[] }[];
  /** Specifications not on the curve (failed fit or no finite estimate). */
  missing: number;
  total: number;
}

/** Labels of the three quantities. */
export const QUANTITY_LABELS: Record<Quantity, string> = {
  unTroops: 'UN troops coefficient (per 1,000, log scale of deaths)',
  interaction: 'UN × non-UN interaction coefficient',
  partnership: 'Partnership effect: deaths with / without a typical partner',
};

/**
 * The specification curve of one quantity (Simonsohn, Simmons & Nelson 2020, Nat. Hum. Behav. 4,
 * Fig. 2; `specr::plot_curve` / `plot_choices`): ok specifications sorted by estimate (ties by id, so
 * the order is deterministic), each classed by the study's sign and significance at `alpha`, and the
 * choice matrix with one row per option of the run (options no row uses are left out) marking the
 * ranks that use it.
 * @example // the 12 country-month specifications, sorted by their interaction estimate
 * specificationCurve(countryMonthMultiverse, 'interaction').points.length // => 12
 */
export function specificationCurve(result: MultiverseResult, quantity: Quantity): SpecificationCurve {
  const sign = result.studySigns[quantity];
  const nullValue = quantity === 'partnership' ? 1 : 0;
  const alpha = result.summary.alpha;
  const rows = result.rows
    .filter((r) => r.ok && r[quantity] !== null)
    .map((r) => ({ r, e: r[quantity]! }))
    .sort((a, b) => a.e.estimate - b.e.estimate || (a.r.id < b.r.id ? -1 : a.r.id > b.r.id ? 1 : 0));
  const points: SpecCurvePoint[] = rows.map(({ r, e }, rank) => {
    const agrees = Math.sign(e.estimate - nullValue) === sign;
    const sig = e.p < alpha;
    const cls: CurveClass = agrees
      ? sig
        ? 'sign-significant'
        : 'sign'
      : sig
        ? 'opposite-significant'
        : 'opposite';
    return {
      id: r.id,
      rank,
      estimate: e.estimate,
      lower: e.lower,
      upper: e.upper,
      p: e.p,
      cls,
      main: r.id === result.mainId,
    };
  });
  const matrix: SpecificationCurve['matrix'] = [];
  for (const name of CHOICE_NAMES) {
    const choice = result.grid.find((c) => c.name === name);
    if (!choice) continue;
    for (const o of choice.options) {
      if (!result.rows.some((r) => r.choices[name] === o.id)) continue;
      const ranks = rows.flatMap(({ r }, rank) => (r.choices[name] === o.id ? [rank] : []));
      matrix.push({ choice: name, choiceLabel: choice.label, option: o.id, label: o.label, ranks });
    }
  }
  return {
    quantity,
    label: QUANTITY_LABELS[quantity],
    nullValue,
    logScale: quantity === 'partnership',
    points,
    matrix,
    missing: result.rows.length - points.length,
    total: result.rows.length,
  };
}
