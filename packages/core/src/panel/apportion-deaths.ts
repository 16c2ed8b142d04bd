import type { AcdConflictYear } from '../io/acd.js';
import type { BrdConflictYear } from '../io/brd.js';
import { monthIndex } from '../io/cells.js';
import type { CountryMonthDeaths } from '../io/country-month-deaths.js';

/**
 * How a conflict-month's deaths were apportioned (the weakest rule over its battle countries):
 * `sole` the only active conflict in the country that month; `brd-share` split by BRD shares;
 * `equal` split equally (some conflict of the country-month has no BRD figure); `inactive` the conflict
 * is not active that month (0 deaths); `missing` the country-month deaths are missing (NaN).
 */
export type ApportionRule = 'sole' | 'brd-share' | 'equal' | 'inactive' | 'missing';

const RULE_ORDER: readonly ApportionRule[] = ['missing', 'equal', 'brd-share', 'sole', 'inactive'];

export interface ApportionInputs {
  /** Every ACD conflict-year (all types: any active conflict fought in a country takes its share). */
  acdYears: readonly AcdConflictYear[];
  brd: readonly BrdConflictYear[];
  /** Country-month deaths (ViEWS; a country-month absent here is missing). */
  deaths: readonly CountryMonthDeaths[];
}

export interface Apportionment {
  /** Battle countries of a conflict-year: BRD `gwno_battle`, else ACD side A (and side B) governments. */
  locationOf(conflictId: string, year: number): number[];
  /** Whether the conflict is active in the month (ACD active months of its episode). */
  isActive(conflictId: string, m: number): boolean;
  /** Deaths of a conflict in one battle country and month (0 when it is not active there). */
  portion(conflictId: string, gwno: number, m: number): number;
  /** The rule of a country-month (`sole`, `brd-share`, `equal`, `missing`), undefined without an active conflict. */
  cellRule(gwno: number, m: number): ApportionRule | undefined;
  /** Deaths of a conflict in a month: the sum over its battle countries, with the rule used. */
  conflictMonth(conflictId: string, m: number): { deaths: number; rule: ApportionRule };
  /** Country-months with known deaths split by each rule (`sole`, `brd-share`, `equal`). */
  counts: Record<'sole' | 'brd-share' | 'equal', number>;
}

/** Integer split of `total` by weights, largest remainders first (ties: list order). */
function largestRemainder(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const out = exact.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    out[i]! += 1;
    left -= 1;
  }
  return out;
}

/**
 * Apportions country-month battle deaths (ViEWS) to conflicts. A conflict is fought in its BRD battle
 * countries (`gwno_battle`) in a year with a BRD figure, else in its ACD government's country (and side
 * B's, for interstate conflicts). In a country-month with one active conflict, all deaths go to it; with
 * several, they are split by each conflict's share of that year's BRD deaths in the country (a
 * multi-country conflict's BRD figure divided equally over its battle countries), or equally when any of
 * them lacks a BRD figure. Deaths are whole numbers split by largest remainders (ties: lower conflict
 * id), so every country-month's total is kept exactly; deaths of country-months without an active
 * conflict go to none. Missing country-month deaths stay missing.
 * Reference: UCDP BRD v24.1 (Davies et al. 2024, JPR 61(4)); ViEWS country-month GED (Hegre et al. 2019).
 * Cost: O(conflict-years × 12 + country-months).
 * @example const { acdYears, brd, deaths } = readEvidenceSources(evidenceFiles());
 * apportionDeaths({ acdYears, brd, deaths }).conflictMonth('11345', monthIndex(2014, 1)).deaths // => 92
 */
export function apportionDeaths(inputs: ApportionInputs): Apportionment {
  const brd = new Map(inputs.brd.map((b) => [`${b.conflictId} ${b.year}`, b]));
  const acd = new Map(inputs.acdYears.map((a) => [`${a.conflictId} ${a.year}`, a]));
  const deaths = new Map(inputs.deaths.map((d) => [`${d.gwno} ${monthIndex(d.year, d.month)}`, d.best]));
  const locationOf = (id: string, year: number): number[] => {
    const b = brd.get(`${id} ${year}`);
    if (b) return b.gwnoBattle;
    const a = acd.get(`${id} ${year}`);
    if (!a) return [];
    return a.type === 'intrastate' || a.type === 'internationalized' ? a.gwnoA : [...a.gwnoA, ...a.gwnoB];
  };
  const isActive = (id: string, m: number): boolean => {
    const year = Math.floor(m / 12);
    const a = acd.get(`${id} ${year}`);
    const month = m - year * 12 + 1;
    return a !== undefined && month >= a.from && month <= a.to;
  };
  const cells = new Map<string, string[]>();
  for (const a of inputs.acdYears)
    for (let month = a.from; month <= a.to; month++)
      for (const g of locationOf(a.conflictId, a.year)) {
        const key = `${g} ${monthIndex(a.year, month)}`;
        const list = cells.get(key) ?? [];
        if (!list.includes(a.conflictId)) list.push(a.conflictId);
        cells.set(key, list);
      }
  const portions = new Map<string, { deaths: number; rule: ApportionRule }>();
  const cellRules = new Map<string, ApportionRule>();
  const counts = { sole: 0, 'brd-share': 0, equal: 0 };
  for (const [key, list] of cells) {
    const [g, m] = key.split(' ').map(Number) as [number, number];
    const d = deaths.get(key) ?? Number.NaN;
    list.sort((x, y) => Number(x) - Number(y) || (x < y ? -1 : 1));
    const year = Math.floor(m / 12);
    const weights = list.map((id) => {
      const b = brd.get(`${id} ${year}`);
      return b ? b.best / b.gwnoBattle.length : Number.NaN;
    });
    const byBrd = weights.every((w) => !Number.isNaN(w)) && weights.reduce((a, b) => a + b, 0) > 0;
    const rule: ApportionRule = list.length === 1 ? 'sole' : byBrd ? 'brd-share' : 'equal';
    if (!Number.isNaN(d)) counts[rule] += 1;
    cellRules.set(key, Number.isNaN(d) ? 'missing' : rule);
    const split = Number.isNaN(d)
      ? list.map(() => Number.NaN)
      : largestRemainder(d, rule === 'equal' ? list.map(() => 1) : rule === 'sole' ? [1] : weights);
    list.forEach((id, i) => {
      portions.set(`${id} ${g} ${m}`, { deaths: split[i]!, rule: Number.isNaN(d) ? 'missing' : rule });
    });
  }
  const portion = (id: string, g: number, m: number) => portions.get(`${id} ${g} ${m}`)?.deaths ?? 0;
  const conflictMonth = (id: string, m: number) => {
    if (!isActive(id, m)) return { deaths: 0, rule: 'inactive' as ApportionRule };
    let total = 0;
    let rule: ApportionRule = 'inactive';
    for (const g of locationOf(id, Math.floor(m / 12))) {
      const p = portions.get(`${id} ${g} ${m}`);
      if (!p) continue;
      total += p.deaths;
      if (RULE_ORDER.indexOf(p.rule) < RULE_ORDER.indexOf(rule)) rule = p.rule;
    }
    return { deaths: total, rule };
  };
  const cellRule = (g: number, m: number) => cellRules.get(`${g} ${m}`);
  return { locationOf, isActive, portion, cellRule, conflictMonth, counts };
}
