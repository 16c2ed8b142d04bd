import { numberColumn, quantileOf } from '../replicate/panel-rows.js';
import type { Table } from '../table.js';

/** A typical UN deployment and a typical non-UN partner, and how many months each rests on. */
export interface TypicalLevels {
  /** Median UN troops (thousands) over months with UN troops, rounded to the nearest half thousand (≥ 0.5). */
  un: number;
  /** Median non-UN level over months with both UN and non-UN troops, rounded the same way (1 for presence). */
  partner: number;
  unMonths: number;
  partneredMonths: number;
}

/** Rounds to the nearest half thousand (troops are in thousands), at least `min`. */
export function roundHalf(x: number, min = 0.5): number {
  return Math.max(min, Math.round(x * 2) / 2);
}

/**
 * The "typical levels" at which the partnership effect is read: the median UN deployment among
 * months with UN troops, and the median partner strength among months with both UN and non-UN
 * troops (medians of the data, not typed in, as the replication report does), each rounded to half a
 * thousand; for a presence (0/1) measure the partner level is 1. Falls back to 1 (thousand) when no
 * month qualifies, which `unMonths` / `partneredMonths` = 0 reveals.
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
  const withUn = (i: number) => (un[i] as number) > 0;
  const both = (i: number) => (un[i] as number) > 0 && (nonun[i] as number) > 0;
  let unMonths = 0;
  let partneredMonths = 0;
  for (let i = 0; i < un.length; i++) {
    if (withUn(i)) unMonths++;
    if (both(i)) partneredMonths++;
  }
  return {
    un: roundHalf(quantileOf(un, 0.5, withUn) || 1),
    partner: presence ? 1 : roundHalf(quantileOf(nonun, 0.5, both) || 1),
    unMonths,
    partneredMonths,
  };
}
