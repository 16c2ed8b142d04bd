import { quantileOf } from '../special/quantile.js';
import { numberColumn } from '../table/columns.js';
import type { Table } from '../table.js';
import type { DatasetJson } from '../types/dataset-json.js';

/**
 * The medians that define a "typical" deployment, in the unit of the values given (troops or thousands):
 * the median UN level over months with UN troops (> 0), and the median non-UN level over months with
 * both UN and non-UN troops (> 0). Null when no month qualifies. This is the one definition used by
 * the replication report, the multiverse (`typicalLevels`) and the widget (`typicalTroops`).
 */
export interface TypicalMedians {
  un: number | null;
  partner: number | null;
  /** Months with UN troops (> 0). */
  unMonths: number;
  /** Months with both UN and non-UN troops (> 0). */
  partneredMonths: number;
}

/**
 * The typical UN deployment and the typical partner: medians (R's `quantile(type = 7)` at 0.5, i.e.
 * the ordinary median) of the UN level over months with UN troops, and of the non-UN level over months
 * with both UN and non-UN troops. Missing values (null, NaN) are left out.
 *
 * Which definition the paper uses: Schumann & Bara (2023, ISQ) read the partnership effect at observed
 * deployment levels (their Figure 2) without naming a single "typical" value; peacepanel takes the
 * medians above from the data (never typed in), as stated in the replication report and the widget's
 * README ("the median non-UN troop number in months with both UN and non-UN troops").
 * @example typicalMedians([0, 12000, 3000], [500, 4000, 0]) // { un: 7500, partner: 4000, unMonths: 2, partneredMonths: 1 }
 */
export function typicalMedians(
  un: ArrayLike<number | null>,
  nonun: ArrayLike<number | null>,
): TypicalMedians {
  const at = (xs: ArrayLike<number | null>, i: number) => xs[i] ?? Number.NaN;
  const withUn = (i: number) => at(un, i) > 0;
  const both = (i: number) => at(un, i) > 0 && at(nonun, i) > 0;
  const unValues = Array.from({ length: un.length }, (_, i) => at(un, i));
  const nonunValues = Array.from({ length: nonun.length }, (_, i) => at(nonun, i));
  let unMonths = 0;
  let partneredMonths = 0;
  for (let i = 0; i < un.length; i++) {
    if (withUn(i)) unMonths++;
    if (both(i)) partneredMonths++;
  }
  const median = (xs: number[], keep: (i: number) => boolean) => {
    const m = quantileOf(xs, 0.5, keep);
    return Number.isNaN(m) ? null : m;
  };
  return { un: median(unValues, withUn), partner: median(nonunValues, both), unMonths, partneredMonths };
}

/** A typical UN deployment and a typical non-UN partner, and how many months each rests on. */
export interface TypicalLevels {
  /** Median UN troops (thousands) over months with UN troops, rounded to the nearest half thousand (≥ 0.5). */
  un: number;
  /** Median non-UN level over months with both UN and non-UN troops, rounded the same way (1 for presence). */
  partner: number;
  unMonths: number;
  partneredMonths: number;
}

/**
 * Rounds to the nearest half thousand (troops are in thousands), at least `min`.
 * @example roundHalf(2.3) // 2.5
 */
export function roundHalf(x: number, min = 0.5): number {
  return Math.max(min, Math.round(x * 2) / 2);
}

/**
 * The "typical levels" at which the partnership effect is read, in thousands: `typicalMedians` of a
 * model's sample, each rounded to half a thousand; for a presence (0/1) measure the partner level is 1.
 * Falls back to 1 (thousand) when no month qualifies, which `unMonths` / `partneredMonths` = 0 reveals.
 * Reference: Schumann & Bara (2023) ISQ, Figure 2 (effects at observed deployment levels).
 * @example typicalLevels(countryMonthPanel, { un: 'un_troops_k_lag1', nonun: 'nonun_troops_k_lag1' }).partner // => 4
 */
export function typicalLevels(
  sample: Table,
  columns: { un: string; nonun: string },
  presence = false,
): TypicalLevels {
  const un = numberColumn(sample, columns.un) ?? new Float64Array(0);
  const nonun = numberColumn(sample, columns.nonun) ?? new Float64Array(0);
  const m = typicalMedians(un, nonun);
  return {
    un: roundHalf(m.un || 1),
    partner: presence ? 1 : roundHalf(m.partner || 1),
    unMonths: m.unMonths,
    partneredMonths: m.partneredMonths,
  };
}

/**
 * Typical troop sizes of a dataset, in troops, used as the widget's defaults: `typicalMedians` of the
 * `un_troops` and `nonun_troops` columns over all rows, rounded to 500 troops (at least 500) for legible
 * labels; null when no month qualifies (or the column is absent).
 * @example
 * typicalTroops({ id: 'x', version: '1', title: 'x', source: 's', caveat: '', columns: [
 *   { name: 'un_troops', kind: 'number', values: [0, 12000, 3000] },
 *   { name: 'nonun_troops', kind: 'number', values: [500, 4000, 0] },
 * ] }) // { un: 7500, nonun: 4000 }
 */
export function typicalTroops(json: DatasetJson): { un: number | null; nonun: number | null } {
  const column = (name: string): (number | null)[] => {
    const c = json.columns.find((x) => x.name === name);
    return c?.kind === 'number' ? c.values : [];
  };
  const m = typicalMedians(column('un_troops'), column('nonun_troops'));
  const round = (x: number | null) => (x === null ? null : Math.max(500, Math.round(x / 500) * 500));
  return { un: round(m.un), nonun: round(m.partner) };
}
