import type { Exclusion } from '../estimators/result.js';
import type { AcdConflictYear } from '../io/acd.js';
import type { BrdConflictYear } from '../io/brd.js';
import { formatYm, monthIndex, parseYearMonth } from '../io/cells.js';
import type { CountryMonthDeaths } from '../io/country-month-deaths.js';
import type { Table } from '../table.js';
import { AFRICAN_COUNTRIES } from './african-countries.js';
import { type Apportionment, apportionDeaths } from './apportion-deaths.js';
import type { CountryOperations } from './country-operations.js';
import { evidenceColumns, operationsSeries } from './operations-series.js';

export interface ConflictMonthInputs {
  acdYears: readonly AcdConflictYear[];
  brd: readonly BrdConflictYear[];
  /** File name of the BRD table, for the exclusion report. */
  brdFile?: string;
  deaths: readonly CountryMonthDeaths[];
  /** `countryOperations` over [seriesFrom, to] for every country a sample conflict is fought in. */
  operations: ReadonlyMap<string, CountryOperations>;
  /** First and last month of the rows (`YYYY-MM`; whole active years inside them). */
  from: string;
  to: string;
  /** First month of the complete series on which the lags are computed (default 1989-01). */
  seriesFrom?: string;
}

export interface ConflictMonthPanel {
  table: Table;
  exclusions: Exclusion[];
  notes: string[];
  apportionment: Apportionment;
  /** Conflict ids of the sample (type 3 or 4, African government). */
  conflicts: string[];
}

/** Gleditsch–Ward codes of African governments for the sample: 400–626 and 651 (Egypt). */
export function isAfricanGovernment(gwno: number): boolean {
  return (gwno >= 400 && gwno <= 626) || gwno === 651;
}

const ym = (text: string) => {
  const p = parseYearMonth(text)!;
  return monthIndex(p.year, p.month);
};

/** BRD rows that cannot be used: a conflict unknown to ACD, or a conflict-year ACD does not list. */
function brdExclusions(inputs: ConflictMonthInputs): Exclusion[] {
  const ids = new Set(inputs.acdYears.map((a) => a.conflictId));
  const years = new Set(inputs.acdYears.map((a) => `${a.conflictId} ${a.year}`));
  const file = inputs.brdFile ?? 'BRD';
  const unknown: Exclusion = {
    reason: `${file}: BRD conflict-year of a conflict not in ACD (not used)`,
    count: 0,
    examples: [],
  };
  const inactive: Exclusion = {
    reason: `${file}: BRD conflict-year that ACD does not list as active (not used)`,
    count: 0,
    examples: [],
  };
  for (const b of inputs.brd) {
    const e = !ids.has(b.conflictId)
      ? unknown
      : years.has(`${b.conflictId} ${b.year}`)
        ? undefined
        : inactive;
    if (!e) continue;
    e.count += 1;
    if (e.examples.length < 20) e.examples.push(`line ${b.line} (conflict ${b.conflictId}, ${b.year})`);
  }
  return [unknown, inactive].filter((e) => e.count > 0);
}

/** The sample: conflicts of type 3 or 4 whose side A government is African, with that government. */
function sampleConflicts(acdYears: readonly AcdConflictYear[]): Map<string, number> {
  const out = new Map<string, number>();
  const sorted = [...acdYears].sort((a, b) => Number(a.conflictId) - Number(b.conflictId) || a.year - b.year);
  for (const a of sorted) {
    if (a.type !== 'intrastate' && a.type !== 'internationalized') continue;
    const gov = a.gwnoA.find(isAfricanGovernment);
    if (gov !== undefined && !out.has(a.conflictId)) out.set(a.conflictId, gov);
  }
  return out;
}

/** Text and number columns filled row by row. */
class Columns {
  readonly numbers = new Map<string, number[]>();
  readonly texts = new Map<string, (string | null)[]>();
  num(name: string, v: number) {
    const list = this.numbers.get(name) ?? [];
    list.push(v);
    this.numbers.set(name, list);
  }
  text(name: string, v: string | null) {
    const list = this.texts.get(name) ?? [];
    list.push(v);
    this.texts.set(name, list);
  }
}

/**
 * Builds the African conflict-month panel (`africa-conflict-month`): one row per UCDP/PRIO ACD conflict of
 * type 3 (intrastate) or 4 (internationalised) with an African government (`isAfricanGovernment`), for
 * every month of every year in [from, to] in which ACD lists the conflict as active. Battle deaths are
 * apportioned from country-month deaths (`apportionDeaths`); peace operations are those of the
 * conflict's battle countries that year (BRD `gwno_battle`, else the government's country) from
 * `operations`; every lag is taken on the complete monthly series from `seriesFrom` before the rows are
 * filtered, so January after an inactive year keeps its lag. `conflict_duration` counts months since
 * the episode began (`start_date2`; 0 in months before it in the episode's first year).
 * Reference: Hultman, Kathman & Shannon (2014) APSR 108(4) and Schumann & Bara (2023) ISQ (African
 * conflict-months); UCDP/PRIO ACD v25.1, UCDP BRD v24.1.
 * Cost: O(conflicts × months × battle countries).
 * @example const s = readEvidenceSources(evidenceFiles());
 * const operations = evidenceOperations(s, '1989-01', '2019-12');
 * buildConflictMonthPanel({ acdYears: s.acdYears, brd: s.brd, deaths: s.deaths, operations, from: '1993-01', to: '2019-12' }).table.n // => 4908
 */
export function buildConflictMonthPanel(inputs: ConflictMonthInputs): ConflictMonthPanel {
  const apportionment = apportionDeaths(inputs);
  const sample = sampleConflicts(inputs.acdYears);
  const s0 = ym(inputs.seriesFrom ?? '1989-01');
  const from = ym(inputs.from);
  const to = ym(inputs.to);
  const acd = new Map(inputs.acdYears.map((a) => [`${a.conflictId} ${a.year}`, a]));
  const brd = new Map(inputs.brd.map((b) => [`${b.conflictId} ${b.year}`, b]));
  const name = new Map(AFRICAN_COUNTRIES.map((c) => [c.gwno, c]));
  const active = new Map<string, number>();
  for (const [id, gov] of sample)
    for (let m = s0; m <= to; m++)
      if (apportionment.isActive(id, m)) active.set(`${gov} ${m}`, (active.get(`${gov} ${m}`) ?? 0) + 1);
  const cols = new Columns();
  const parts: Table['columns'][] = [];
  for (const [id, gov] of sample) {
    const where = (m: number) => {
      const loc = apportionment.locationOf(id, Math.floor(m / 12));
      return loc.length ? loc : [gov];
    };
    const ops = operationsSeries(inputs.operations, where, s0, to);
    const deaths = new Float64Array(to - s0 + 1);
    const rules: string[] = [];
    for (let m = s0; m <= to; m++) {
      const d = apportionment.conflictMonth(id, m);
      deaths[m - s0] = d.deaths;
      rules.push(d.rule);
    }
    const keep: number[] = [];
    for (let m = from; m <= to; m++) {
      const year = Math.floor(m / 12);
      const a = acd.get(`${id} ${year}`);
      if (!a) continue;
      const t = m - s0;
      keep.push(t);
      const b = brd.get(`${id} ${year}`);
      cols.num('conflict_id', Number(id));
      cols.text('episode_id', `${id}-${a.episodeStart === null ? year : formatYm(a.episodeStart)}`);
      cols.text('country', name.get(gov)?.name ?? String(gov));
      cols.text('iso3', name.get(gov)?.iso3 ?? null);
      cols.num('gwno_gov', gov);
      cols.text('gwno_loc', where(m).join(';'));
      cols.num('year', year);
      cols.num('month', m - year * 12 + 1);
      cols.text('ym', formatYm(m));
      cols.num('battle_deaths', deaths[t]!);
      cols.text('battle_deaths_rule', rules[t]!);
      cols.num('un_troops', ops.unTroops[t]!);
      cols.num('un_police', ops.unPolice[t]!);
      cols.num('un_observers', ops.unObservers[t]!);
      cols.text('un_missions', ops.unMissions[t]!);
      cols.num('un_missions_n', ops.unMissions[t]?.split(';').length ?? 0);
      cols.num('nonun_troops', ops.nonunStrict[t]!);
      cols.text('nonun_missions', ops.nonunMissions[t]!);
      cols.num('nonun_missions_n', ops.nonunMissions[t]?.split(';').length ?? 0);
      cols.num('conflict_duration', a.episodeStart === null ? Number.NaN : Math.max(0, m - a.episodeStart));
      cols.num('episode_active', apportionment.isActive(id, m) ? 1 : 0);
      cols.num('n_conflicts_country', active.get(`${gov} ${m}`) ?? 0);
      cols.num('type_of_conflict', a.type === 'intrastate' ? 3 : 4);
      cols.num('intensity_level', a.intensity);
      cols.text('incompatibility', a.incompatibility || null);
      cols.num('n_rebel_groups', b ? b.sideB.length : Number.NaN);
      cols.num('secondary_gov', a.gwnoA2.length > 0 ? 1 : 0);
      cols.num('secondary_rebel', a.gwnoB2.length > 0 ? 1 : 0);
    }
    parts.push(evidenceColumns(ops, deaths, keep));
  }
  return {
    table: assemble(cols, parts),
    exclusions: brdExclusions(inputs),
    notes: [
      `${sample.size} conflicts of type 3 or 4 with an African government in ACD (all years); country-months with ViEWS deaths apportioned (all years of the file, 1989–2021, all conflicts): ${apportionment.counts.sole} with one active conflict, ${apportionment.counts['brd-share']} split by BRD shares, ${apportionment.counts.equal} split equally`,
    ],
    apportionment,
    conflicts: [...sample.keys()],
  };
}

/** Joins the row-by-row columns and the per-conflict evidence columns in a fixed column order. */
function assemble(cols: Columns, parts: readonly Table['columns'][]): Table {
  const n = cols.numbers.get('conflict_id')?.length ?? 0;
  const order = [
    'conflict_id',
    'episode_id',
    'country',
    'iso3',
    'gwno_gov',
    'gwno_loc',
    'year',
    'month',
    'ym',
    'battle_deaths',
    'battle_deaths_rule',
    'battle_deaths_lag1',
    'battle_deaths_mean3_lag1',
    'un_troops',
    'un_police',
    'un_observers',
    'un_missions',
    'un_missions_n',
    'un_troops_k_lag1',
    'un_police_k_lag1',
    'un_observers_k_lag1',
    'nonun_troops',
    'nonun_troops_filled',
    'nonun_filled_rule',
    'nonun_present',
    'nonun_missions',
    'nonun_missions_n',
    'nonun_troops_k_lag1',
    'nonun_filled_k_lag1',
    'nonun_present_lag1',
    'nonun_ro_k_lag1',
    'nonun_eu_k_lag1',
    'nonun_state_k_lag1',
    'nonun_coalition_k_lag1',
    'partnership_mode',
    'conflict_duration',
    'episode_active',
    'n_conflicts_country',
    'type_of_conflict',
    'intensity_level',
    'incompatibility',
    'n_rebel_groups',
    'secondary_gov',
    'secondary_rebel',
  ];
  const columns: Table['columns'] = {};
  for (const c of order) {
    const nums = cols.numbers.get(c);
    const texts = cols.texts.get(c);
    if (nums) columns[c] = { kind: 'number', values: Float64Array.from(nums) };
    else if (texts) columns[c] = { kind: 'string', values: texts };
    else {
      const pieces = parts.map((p) => p[c]!);
      columns[c] =
        pieces[0]?.kind === 'string'
          ? { kind: 'string', values: pieces.flatMap((p) => p.values as (string | null)[]) }
          : {
              kind: 'number',
              values: Float64Array.from(pieces.flatMap((p) => Array.from(p.values as Float64Array))),
            };
    }
  }
  return { n, columns };
}
