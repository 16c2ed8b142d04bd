import type { AcdMonth } from '../io/acd.js';
import { formatYm, monthIndex } from '../io/cells.js';
import type { CountryMonthDeaths } from '../io/country-month-deaths.js';
import type { UnMissionMonth } from '../io/kathman.js';
import type { NonUnMissionMonth } from '../io/nonun-interpolate.js';
import type { Table } from '../table.js';
import { AFRICAN_COUNTRIES, type AfricanCountry } from './african-countries.js';

/** Panel-level quality of `nonun_troops` in a country-month. */
export type NonUnPanelQuality = 'none' | 'interpolated' | 'authorised_only' | 'missing';

export interface CountryMonthInputs {
  /** Battle deaths by country-month (event location). */
  deaths: readonly CountryMonthDeaths[];
  /**
   * What a country-month absent from `deaths` means: `missing` (the ViEWS table lists every covered
   * country-month, so absence means outside coverage) or `zero` inside [from, to] of `deathsCoverage`
   * (GED event files list only months with events).
   */
  absentDeaths: 'missing' | 'zero';
  deathsCoverage?: { from: string; to: string };
  acd: readonly AcdMonth[];
  un: readonly UnMissionMonth[];
  nonun: readonly NonUnMissionMonth[];
  /** First and last month, `YYYY-MM`. */
  from: string;
  to: string;
  countries?: readonly AfricanCountry[];
}

export interface CountryMonthPanel {
  table: Table;
  /** Notes on choices the data forced (e.g. multi-country missions), for the datasheet. */
  notes: string[];
}

function ymIndex(ym: string): number {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  return monthIndex(y, m);
}

interface Cell {
  un: { troops: number; police: number; observers: number; missions: string[] };
  nonun: { troops: number; known: number; missions: string[]; qualities: Set<string> };
  conflict: boolean;
  interstate: boolean;
}

/**
 * Builds the African country-month panel: every country-month in [from, to] in which the country had
 * an active intrastate (or internationalised intrastate) conflict in UCDP/PRIO ACD, hosted a UN
 * mission (Kathman) or hosted a non-UN mission. Columns (`docs/CONTRACTS.md`): `country`, `iso3`,
 * `gwno`, `year`, `month`, `ym`, `battle_deaths` (+ `_low`, `_high`), `un_troops`, `un_police`,
 * `un_observers`, `un_missions` (names joined by `;`, null when none), `un_missions_n`, `nonun_troops`,
 * `nonun_troops_known` (sum over the missions whose figure is known: a lower bound, equal to
 * `nonun_troops` unless `nonun_quality` is `missing`), `nonun_missions_n`, `nonun_missions`,
 * `nonun_quality`, `conflict_active`, `interstate_in_count`.
 *
 * Rules: a conflict is active in a country-month when the country is the primary side-A government
 * (`gwno_a`) of an intrastate or internationalised ACD conflict active that month; `interstate_in_count`
 * is 1 when the country is a primary party to an active interstate conflict (the location-based death
 * counts then include interstate fighting). Personnel of a mission with several host countries count
 * in full in its primary host (the first listed); in the other hosts the mission is listed but its
 * personnel there are unknown, so the country-month's sum is missing (NaN), never 0. Any missing
 * mission figure makes the sum missing. Without any mission the sums are 0.
 * Reference: Schumann & Bara (2023) ISQ, "A New Era: Power in Partnership Peacekeeping" (sample
 * definition: African conflict-months 1993–2019 with UN and non-UN troop counts).
 * Cost: O(inputs + rows).
 * @example const s = readEvidenceSources(evidenceFiles());
 * const { table } = buildCountryMonthPanel({ deaths: s.deaths, absentDeaths: 'missing', acd: s.acdMonths, un: s.un, nonun: s.nonun, from: '1993-01', to: '2019-12' });
 * table.n // => 5121
 */
export function buildCountryMonthPanel(inputs: CountryMonthInputs): CountryMonthPanel {
  const grid = newGrid(inputs);
  markConflicts(grid, inputs.acd);
  const notes = [addUnMissions(grid, inputs.un), addNonUnMissions(grid, inputs.nonun)].filter(
    (note): note is string => note !== null,
  );
  const keys = panelKeys(grid);
  return { table: panelTable(grid, keys, inputs), notes };
}

/** The country-months seen so far, created on first use, within [from, to] and the listed countries. */
interface Grid {
  cells: Map<string, Cell>;
  byCode: Map<number, AfricanCountry>;
  cell: (gwno: number, m: number) => Cell;
  inRange: (m: number) => boolean;
}

function newGrid(inputs: CountryMonthInputs): Grid {
  const countries = inputs.countries ?? AFRICAN_COUNTRIES;
  const byCode = new Map(countries.map((c) => [c.gwno, c]));
  const from = ymIndex(inputs.from);
  const to = ymIndex(inputs.to);
  const cells = new Map<string, Cell>();
  const cell = (gwno: number, m: number): Cell => {
    const key = `${gwno} ${m}`;
    let c = cells.get(key);
    if (!c) {
      c = {
        un: { troops: 0, police: 0, observers: 0, missions: [] },
        nonun: { troops: 0, known: 0, missions: [], qualities: new Set() },
        conflict: false,
        interstate: false,
      };
      cells.set(key, c);
    }
    return c;
  };
  return { cells, byCode, cell, inRange: (m: number) => m >= from && m <= to };
}

/** Marks the months of active intrastate (or internationalised) conflicts and of interstate ones. */
function markConflicts(grid: Grid, acd: readonly AcdMonth[]): void {
  for (const a of acd) {
    const m = monthIndex(a.year, a.month);
    if (!grid.inRange(m)) continue;
    if (a.type === 'intrastate' || a.type === 'internationalized') {
      for (const g of a.gwnoA) if (grid.byCode.has(g)) grid.cell(g, m).conflict = true;
    } else if (a.type === 'interstate') {
      for (const g of [...a.gwnoA, ...a.gwnoB]) if (grid.byCode.has(g)) grid.cell(g, m).interstate = true;
    }
  }
}

/** Adds UN personnel (in full in the primary host, missing in the others); returns the note on multi-host missions. */
function addUnMissions(grid: Grid, un: readonly UnMissionMonth[]): string | null {
  const multiUn = new Set<string>();
  for (const u of un) {
    const m = monthIndex(u.year, u.month);
    if (!grid.inRange(m)) continue;
    u.hosts.forEach((g, k) => {
      if (!grid.byCode.has(g)) return;
      const c = grid.cell(g, m).un;
      if (!c.missions.includes(u.mission)) c.missions.push(u.mission);
      if (k === 0) {
        c.troops += u.troops;
        c.police += u.police;
        c.observers += u.observers;
      } else {
        c.troops = Number.NaN;
        c.police = Number.NaN;
        c.observers = Number.NaN;
        multiUn.add(`${u.mission} (${u.missionCountry})`);
      }
    });
  }
  return multiUn.size
    ? `UN missions with several hosts, personnel counted in the first host only, missing in the others: ${[...multiUn].sort().join(', ')}`
    : null;
}

/** Adds non-UN troops (in full in the primary host, missing in the others); returns the note on multi-host missions. */
function addNonUnMissions(grid: Grid, nonun: readonly NonUnMissionMonth[]): string | null {
  const multiNonUn = new Set<string>();
  for (const u of nonun) {
    const m = monthIndex(u.year, u.month);
    if (!grid.inRange(m)) continue;
    u.hosts.forEach((g, k) => {
      if (!grid.byCode.has(g)) return;
      const c = grid.cell(g, m).nonun;
      if (!c.missions.includes(u.mission)) c.missions.push(u.mission);
      if (k === 0) {
        c.troops += u.troops;
        if (!Number.isNaN(u.troops)) c.known += u.troops;
        c.qualities.add(u.quality);
      } else {
        c.troops = Number.NaN;
        c.qualities.add('missing');
        multiNonUn.add(u.mission);
      }
    });
  }
  return multiNonUn.size
    ? `non-UN missions with several hosts, troops counted in the first host only, missing in the others: ${[...multiNonUn].sort().join(', ')}`
    : null;
}

/** The panel's country-months (a conflict or a mission), sorted by country name, then month. */
function panelKeys(grid: Grid): [number, number][] {
  return [...grid.cells.keys()]
    .map((k) => k.split(' ').map(Number) as [number, number])
    .filter(([g, m]) => {
      const c = grid.cells.get(`${g} ${m}`)!;
      return c.conflict || c.un.missions.length > 0 || c.nonun.missions.length > 0;
    })
    .sort((x, y) => {
      const a = grid.byCode.get(x[0])!.name;
      const b = grid.byCode.get(y[0])!.name;
      return a < b ? -1 : a > b ? 1 : x[1] - y[1];
    });
}

const NUMBER_COLUMNS = [
  'gwno',
  'year',
  'month',
  'battle_deaths',
  'battle_deaths_low',
  'battle_deaths_high',
  'un_troops',
  'un_police',
  'un_observers',
  'un_missions_n',
  'nonun_troops',
  'nonun_troops_known',
  'nonun_missions_n',
  'conflict_active',
  'interstate_in_count',
] as const;
const STRING_COLUMNS = ['country', 'iso3', 'ym', 'un_missions', 'nonun_missions', 'nonun_quality'] as const;
/** The panel's columns in their documented order (docs/CONTRACTS.md). */
const COLUMN_ORDER = [
  'country',
  'iso3',
  'gwno',
  'year',
  'month',
  'ym',
  'battle_deaths',
  'battle_deaths_low',
  'battle_deaths_high',
  'un_troops',
  'un_police',
  'un_observers',
  'un_missions',
  'un_missions_n',
  'nonun_troops',
  'nonun_troops_known',
  'nonun_missions_n',
  'nonun_missions',
  'nonun_quality',
  'conflict_active',
  'interstate_in_count',
] as const;

/** One row per key: identifiers, battle deaths (absent: missing, or 0 inside the coverage), personnel, flags. */
function panelTable(grid: Grid, keys: readonly [number, number][], inputs: CountryMonthInputs): Table {
  const n = keys.length;
  const t = Object.fromEntries(NUMBER_COLUMNS.map((c) => [c, new Float64Array(n)])) as Record<
    (typeof NUMBER_COLUMNS)[number],
    Float64Array
  >;
  const s = Object.fromEntries(STRING_COLUMNS.map((c) => [c, [] as (string | null)[]])) as Record<
    (typeof STRING_COLUMNS)[number],
    (string | null)[]
  >;
  const deaths = new Map(inputs.deaths.map((d) => [`${d.gwno} ${monthIndex(d.year, d.month)}`, d]));
  const zeroFrom = ymIndex(inputs.deathsCoverage?.from ?? inputs.from);
  const zeroTo = ymIndex(inputs.deathsCoverage?.to ?? inputs.to);
  keys.forEach(([g, m], i) => {
    const c = grid.cells.get(`${g} ${m}`)!;
    const info = grid.byCode.get(g)!;
    const year = Math.floor(m / 12);
    s.country.push(info.name);
    s.iso3.push(info.iso3);
    s.ym.push(formatYm(m));
    t.gwno[i] = g;
    t.year[i] = year;
    t.month[i] = m - year * 12 + 1;
    const d = deaths.get(`${g} ${m}`);
    const absent = inputs.absentDeaths === 'zero' && m >= zeroFrom && m <= zeroTo ? 0 : Number.NaN;
    t.battle_deaths[i] = d ? d.best : absent;
    t.battle_deaths_low[i] = d ? d.low : inputs.absentDeaths === 'zero' ? absent : Number.NaN;
    t.battle_deaths_high[i] = d ? d.high : inputs.absentDeaths === 'zero' ? absent : Number.NaN;
    t.un_troops[i] = c.un.troops;
    t.un_police[i] = c.un.police;
    t.un_observers[i] = c.un.observers;
    t.un_missions_n[i] = c.un.missions.length;
    s.un_missions.push(c.un.missions.length ? [...c.un.missions].sort().join(';') : null);
    t.nonun_troops[i] = Number.isNaN(c.nonun.troops) ? Number.NaN : Math.round(c.nonun.troops);
    t.nonun_troops_known[i] = Math.round(c.nonun.known);
    t.nonun_missions_n[i] = c.nonun.missions.length;
    s.nonun_missions.push(c.nonun.missions.length ? [...c.nonun.missions].sort().join(';') : null);
    s.nonun_quality.push(panelQuality(c.nonun));
    t.conflict_active[i] = c.conflict ? 1 : 0;
    t.interstate_in_count[i] = c.interstate ? 1 : 0;
  });
  const columns: Table['columns'] = {};
  for (const name of COLUMN_ORDER)
    columns[name] =
      name in t
        ? { kind: 'number', values: t[name as keyof typeof t] }
        : { kind: 'string', values: s[name as keyof typeof s] };
  return { n, columns };
}

function panelQuality(c: Cell['nonun']): NonUnPanelQuality {
  if (c.missions.length === 0) return 'none';
  if (Number.isNaN(c.troops) || c.qualities.has('missing')) return 'missing';
  if (c.qualities.has('authorised_only')) return 'authorised_only';
  return 'interpolated';
}
