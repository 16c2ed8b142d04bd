import type { Table } from '../table.js';
import { ORG_TYPE_KEYS, ORG_TYPE_LABELS, ORG_TYPES } from './org-types.js';
import { PARTNERSHIP_MODES } from './partnership-mode.js';

/** Months by partnership mode in one year. */
export interface ModeYear {
  year: number;
  /** Months per mode, in `PARTNERSHIP_MODES` order; `other` counts values outside that list (and missing). */
  counts: Record<(typeof PARTNERSHIP_MODES)[number] | 'other', number>;
}

/**
 * Months by `partnership_mode` per calendar year (rows = months of a unit, e.g. conflict-months), or null
 * when the table has no `partnership_mode` or `year` column. A value outside the documented modes is
 * counted as `other`, never dropped.
 * @example modesByYear(tableFromDataset(africaCm))?.[0]?.year // => 1993
 */
export function modesByYear(table: Table): ModeYear[] | null {
  const mode = table.columns.partnership_mode;
  const year = table.columns.year;
  if (mode?.kind !== 'string' || year?.kind !== 'number') return null;
  const byYear = new Map<number, ModeYear>();
  for (let i = 0; i < table.n; i++) {
    const y = year.values[i] as number;
    if (!Number.isFinite(y)) continue;
    let e = byYear.get(y);
    if (!e) {
      e = {
        year: y,
        counts: { parallel: 0, sequential: 0, support: 0, 'un-only': 0, 'non-un-only': 0, none: 0, other: 0 },
      };
      byYear.set(y, e);
    }
    const m = mode.values[i];
    const key = (PARTNERSHIP_MODES as readonly string[]).includes(m ?? '')
      ? (m as (typeof PARTNERSHIP_MODES)[number])
      : 'other';
    e.counts[key] += 1;
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** Non-UN organisation types with their lagged troop columns (`filled` rule, thousands). */
export const ORG_TYPE_COLUMNS = ORG_TYPES.map((o) => ({
  type: ORG_TYPE_LABELS[o],
  column: `nonun_${ORG_TYPE_KEYS[o]}_k_lag1`,
}));

/** The share of UN deployment months partnered by one organisation type. */
export interface OrgTypeShare {
  type: string;
  column: string;
  /** UN deployment months: `un_troops_k_lag1` > 0 (the same lag as the organisation columns). */
  unMonths: number;
  /** Of those, months with troops of this type > 0 the month before. */
  withPartner: number;
  /** Of those, months where this type's figure is missing. */
  unknown: number;
  share: number | null;
}

/**
 * The share of UN deployment months (UN troops last month > 0) with a non-UN partner of each organisation
 * type last month (regional organisation, EU, single state, coalition; `filled` troop figures). A month may
 * count for several types. Types whose column is absent are left out; null when none is present.
 * @example partnerShareByOrgType(countryMonthPanel)?.map((s) => s.type) // => [ 'regional organisation', 'European Union', 'single state', 'coalition' ]
 */
export function partnerShareByOrgType(table: Table): OrgTypeShare[] | null {
  const un = table.columns.un_troops_k_lag1;
  if (un?.kind !== 'number') return null;
  const out: OrgTypeShare[] = [];
  for (const { type, column } of ORG_TYPE_COLUMNS) {
    const c = table.columns[column];
    if (c?.kind !== 'number') continue;
    const s: OrgTypeShare = { type, column, unMonths: 0, withPartner: 0, unknown: 0, share: null };
    for (let i = 0; i < table.n; i++) {
      if (!((un.values[i] as number) > 0)) continue;
      s.unMonths += 1;
      const v = c.values[i] as number;
      if (Number.isNaN(v)) s.unknown += 1;
      else if (v > 0) s.withPartner += 1;
    }
    s.share = s.unMonths ? s.withPartner / s.unMonths : null;
    out.push(s);
  }
  return out.length ? out : null;
}
