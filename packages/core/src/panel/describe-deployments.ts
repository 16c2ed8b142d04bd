import { messages } from '../errors.js';
import type { Table } from '../table.js';
import type { DeploymentCounts, DeploymentSummary } from '../types/deployments.js';

export type { DeploymentCounts, DeploymentSummary };

function empty(): DeploymentCounts {
  return {
    months: 0,
    none: 0,
    unOnly: 0,
    nonunOnly: 0,
    both: 0,
    unknown: 0,
    unMonths: 0,
    unWithPartner: 0,
    shareUnWithPartner: null,
  };
}

/**
 * Describes how UN and non-UN deployments overlap in a country-month panel: per year and overall, the
 * count and share of UN deployment months (UN troops > 0) that had a non-UN partner (at least one
 * non-UN mission present, `nonun_present = 1` on conflict-months or `nonun_missions_n > 0` on country-months,
 * whatever its troop figure), and the months by type
 * (none, UN only, non-UN only, both). Months with missing UN troops are counted as `unknown`.
 * Reference: Schumann & Bara (2023) ISQ report that about 44% of UN deployment months in African
 * conflicts 1993–2019 had a non-UN partner (conflict-months, Bara & Hultman's non-UN data).
 * @throws PeacepanelError MISSING_COLUMN when `year`, `un_troops` or `nonun_missions_n` is absent.
 * @example describeDeployments(table).overall.shareUnWithPartner // e.g. 0.31
 */
export function describeDeployments(table: Table): DeploymentSummary {
  const get = (name: string) => {
    const c = table.columns[name];
    if (c?.kind !== 'number') throw messages.missingColumn(undefined, name, Object.keys(table.columns));
    return c.values;
  };
  const year = get('year');
  const un = get('un_troops');
  const partner =
    table.columns.nonun_present?.kind === 'number'
      ? get('nonun_present')
      : table.columns.nonun_missions_n?.kind === 'number'
        ? get('nonun_missions_n')
        : get('nonun_troops');
  const overall = empty();
  const years = new Map<number, DeploymentCounts>();
  for (let i = 0; i < table.n; i++) {
    const y = year[i]!;
    let c = years.get(y);
    if (!c) {
      c = empty();
      years.set(y, c);
    }
    for (const t of [overall, c]) {
      t.months += 1;
      const u = un[i]!;
      const p = partner[i]! > 0;
      if (Number.isNaN(u)) t.unknown += 1;
      else if (u > 0 && p) t.both += 1;
      else if (u > 0) t.unOnly += 1;
      else if (p) t.nonunOnly += 1;
      else t.none += 1;
    }
  }
  const finish = (t: DeploymentCounts) => {
    t.unMonths = t.unOnly + t.both;
    t.unWithPartner = t.both;
    t.shareUnWithPartner = t.unMonths ? t.both / t.unMonths : null;
    return t;
  };
  return {
    overall: finish(overall),
    byYear: [...years]
      .sort((a, b) => a[0] - b[0])
      .filter(([y]) => !Number.isNaN(y))
      .map(([y, t]) => ({ year: y, ...finish(t) })),
    paperShare: 0.44,
    definition:
      'UN deployment month: un_troops > 0; non-UN partner: at least one non-UN mission present (nonun_present = 1, or nonun_missions_n > 0); months with missing un_troops are "unknown"',
  };
}
