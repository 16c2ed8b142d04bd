import type { OrgType } from '../io/nonun.js';
import { ORG_TYPE_KEYS, ORG_TYPES } from '../partnership/org-types.js';
import { PARTNERSHIP_MODES, type PartnershipMode } from '../partnership/partnership-mode.js';
import type { Table } from '../table.js';
import { type CountryFilledRule, type CountryOperations, FILLED_RULE_ORDER } from './country-operations.js';
import { lagSeries, meanOfLags, thousands } from './series-lags.js';

/** Peace operations of one unit (a country, or a conflict's battle countries) over consecutive months. */
export interface OperationsSeries {
  unTroops: Float64Array;
  unPolice: Float64Array;
  unObservers: Float64Array;
  nonunStrict: Float64Array;
  nonunFilled: Float64Array;
  nonunPresent: Float64Array;
  byOrg: Record<OrgType, Float64Array>;
  filledRule: CountryFilledRule[];
  mode: PartnershipMode[];
  unMissions: (string | null)[];
  nonunMissions: (string | null)[];
}

const sumOrNaN = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const joined = (lists: string[][]) => {
  const all = [...new Set(lists.flat())].sort();
  return all.length ? all.join(';') : null;
};

/**
 * The operations series of a unit over months `from … to` (month indexes): each month sums the
 * operations of the unit's countries that month (`countriesAt(m)`; any missing sum makes the month
 * missing), the presence is 1 when any country has a non-UN mission, the partnership mode is the one
 * of highest precedence among the countries and the `filled` rule the weakest.
 * Cost: O(months × countries).
 * @example const grid = evidenceOperations(readEvidenceSources(evidenceFiles()), '1989-01', '2019-12');
 * operationsSeries(grid, () => [520], monthIndex(1989, 1), monthIndex(2019, 12)).mode.at(-1) // => 'parallel'
 */
export function operationsSeries(
  grid: ReadonlyMap<string, CountryOperations>,
  countriesAt: (m: number) => readonly number[],
  from: number,
  to: number,
): OperationsSeries {
  const n = to - from + 1;
  const f = () => new Float64Array(n);
  const s: OperationsSeries = {
    unTroops: f(),
    unPolice: f(),
    unObservers: f(),
    nonunStrict: f(),
    nonunFilled: f(),
    nonunPresent: f(),
    byOrg: { RO: f(), EU: f(), state: f(), coalition: f() },
    filledRule: [],
    mode: [],
    unMissions: [],
    nonunMissions: [],
  };
  for (let t = 0; t < n; t++) {
    const ops = countriesAt(from + t).map((g) => grid.get(`${g} ${from + t}`) ?? missingOps());
    s.unTroops[t] = sumOrNaN(ops.map((o) => o.unTroops));
    s.unPolice[t] = sumOrNaN(ops.map((o) => o.unPolice));
    s.unObservers[t] = sumOrNaN(ops.map((o) => o.unObservers));
    s.nonunStrict[t] = sumOrNaN(ops.map((o) => o.nonunStrict));
    s.nonunFilled[t] = sumOrNaN(ops.map((o) => o.nonunFilled));
    s.nonunPresent[t] = ops.some((o) => o.nonunPresent === 1) ? 1 : 0;
    for (const o of ORG_TYPES) s.byOrg[o][t] = sumOrNaN(ops.map((x) => x.byOrg[o]));
    s.filledRule.push(
      ops.reduce<CountryFilledRule>(
        (r, o) => (FILLED_RULE_ORDER.indexOf(o.filledRule) < FILLED_RULE_ORDER.indexOf(r) ? o.filledRule : r),
        'none',
      ),
    );
    s.mode.push(
      ops.reduce<PartnershipMode>(
        (r, o) => (PARTNERSHIP_MODES.indexOf(o.mode) < PARTNERSHIP_MODES.indexOf(r) ? o.mode : r),
        'none',
      ),
    );
    s.unMissions.push(joined(ops.map((o) => o.unMissions)));
    s.nonunMissions.push(joined(ops.map((o) => o.nonunMissions)));
  }
  return s;
}

/** Operations of a country outside the grid: unknown, so every figure is missing. */
function missingOps(): CountryOperations {
  const nan = Number.NaN;
  return {
    unTroops: nan,
    unPolice: nan,
    unObservers: nan,
    unMissions: [],
    nonunStrict: nan,
    nonunFilled: nan,
    filledRule: 'missing',
    nonunPresent: 0,
    nonunMissions: [],
    byOrg: { RO: nan, EU: nan, state: nan, coalition: nan },
    mode: 'none',
  };
}

/**
 * The evidence columns shared by `africa-cm` and `africa-conflict-month`, for the rows `keep` (indexes
 * into the complete series): the lags are taken on the complete series first. Returns `nonun_troops_filled`,
 * `nonun_filled_rule`, `nonun_present`, `partnership_mode`, `battle_deaths_lag1`,
 * `battle_deaths_mean3_lag1`, `un_troops_k_lag1`, `un_police_k_lag1`, `un_observers_k_lag1`,
 * `nonun_troops_k_lag1`, `nonun_filled_k_lag1`, `nonun_present_lag1` and `nonun_<org>_k_lag1`.
 * @example const grid = evidenceOperations(readEvidenceSources(evidenceFiles()), '1989-01', '2019-12');
 * const series = operationsSeries(grid, () => [520], monthIndex(1989, 1), monthIndex(2019, 12));
 * evidenceColumns(series, new Float64Array(series.mode.length), [48, 49]).un_troops_k_lag1 // => { kind: 'number', values: [0.601, 0.642] }
 */
export function evidenceColumns(
  s: OperationsSeries,
  deaths: Float64Array,
  keep: readonly number[],
): Table['columns'] {
  const pick = (v: Float64Array) => ({
    kind: 'number' as const,
    values: Float64Array.from(keep, (i) => v[i]!),
  });
  const pickText = (v: readonly (string | null)[]) => ({
    kind: 'string' as const,
    values: keep.map((i) => v[i] ?? null),
  });
  const columns: Table['columns'] = {
    nonun_troops_filled: pick(s.nonunFilled),
    nonun_filled_rule: pickText(s.filledRule),
    nonun_present: pick(s.nonunPresent),
    partnership_mode: pickText(s.mode),
    battle_deaths_lag1: pick(lagSeries(deaths)),
    battle_deaths_mean3_lag1: pick(meanOfLags(deaths, 3)),
    un_troops_k_lag1: pick(lagSeries(thousands(s.unTroops))),
    un_police_k_lag1: pick(lagSeries(thousands(s.unPolice))),
    un_observers_k_lag1: pick(lagSeries(thousands(s.unObservers))),
    nonun_troops_k_lag1: pick(lagSeries(thousands(s.nonunStrict))),
    nonun_filled_k_lag1: pick(lagSeries(thousands(s.nonunFilled))),
    nonun_present_lag1: pick(lagSeries(s.nonunPresent)),
  };
  for (const o of ORG_TYPES)
    columns[`nonun_${ORG_TYPE_KEYS[o]}_k_lag1`] = pick(lagSeries(thousands(s.byOrg[o])));
  return columns;
}
