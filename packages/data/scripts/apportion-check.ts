/**
 * Validation of the battle-death apportioning of `africa-conflict-month`:
 * (a) against UCDP BRD v24.1 conflict-year totals (the annual sum of the apportioned monthly deaths);
 * (b) against the exact conflict-linked answer where GED events carry a conflict: the GED 23.1 CAR events
 *     (`conflict_new_id`) and the GED 2.0 five-country events (`conflict_name`, matched to conflict ids
 *     through the BRD conflict names), per conflict-month in the event country (month of `date_end`, the
 *     ViEWS convention). GED 20.1 (ViEWS), 23.1 and 2.0 are different versions, so even a perfect
 *     apportioning would not match exactly.
 */
import { type Apportionment, type BrdConflictYear, monthIndex, parseCsv, type Table } from '@peacepanel/core';
import { pearson } from './stats.js';

export interface BrdPairCy {
  conflictId: number;
  country: string;
  year: number;
  panel: number;
  brd: number;
}

export interface BrdCyCheck {
  pairs: BrdPairCy[];
  /** Conflict-years left out because a month's apportioned deaths are missing. */
  missing: number;
  correlation: number;
  logCorrelation: number;
  totalPanel: number;
  totalBrd: number;
  ratio: number;
  worst: BrdPairCy[];
}

/** Annual apportioned deaths against BRD `bd_best` for every sample conflict-year with a BRD figure. */
export function compareConflictYearsWithBrd(table: Table, brd: readonly BrdConflictYear[]): BrdCyCheck {
  const col = (n: string) => table.columns[n]!.values as Float64Array;
  const id = col('conflict_id');
  const year = col('year');
  const deaths = col('battle_deaths');
  const country = table.columns.country!.values as string[];
  const sums = new Map<string, { sum: number; country: string }>();
  for (let i = 0; i < table.n; i++) {
    const key = `${id[i]} ${year[i]}`;
    const s = sums.get(key) ?? { sum: 0, country: country[i]! };
    s.sum += deaths[i]!;
    sums.set(key, s);
  }
  const pairs: BrdPairCy[] = [];
  let missing = 0;
  for (const b of brd) {
    const s = sums.get(`${b.conflictId} ${b.year}`);
    if (!s) continue;
    if (Number.isNaN(s.sum)) {
      missing += 1;
      continue;
    }
    pairs.push({
      conflictId: Number(b.conflictId),
      country: s.country,
      year: b.year,
      panel: s.sum,
      brd: b.best,
    });
  }
  pairs.sort((a, b) => a.conflictId - b.conflictId || a.year - b.year);
  const totalPanel = pairs.reduce((s, p) => s + p.panel, 0);
  const totalBrd = pairs.reduce((s, p) => s + p.brd, 0);
  const worst = [...pairs]
    .sort(
      (a, b) =>
        Math.abs(b.panel - b.brd) - Math.abs(a.panel - a.brd) ||
        a.conflictId - b.conflictId ||
        a.year - b.year,
    )
    .slice(0, 5);
  return {
    pairs,
    missing,
    correlation: pearson(
      pairs.map((p) => p.panel),
      pairs.map((p) => p.brd),
    ),
    logCorrelation: pearson(
      pairs.map((p) => Math.log1p(p.panel)),
      pairs.map((p) => Math.log1p(p.brd)),
    ),
    totalPanel,
    totalBrd,
    ratio: totalPanel / totalBrd,
    worst,
  };
}

/** Per conflict-month agreement of apportioned deaths with GED conflict-linked deaths in one file. */
export interface GedCheck {
  label: string;
  /** Conflict-months compared (active months of sample conflicts fought in the file's countries, plus GED months). */
  n: number;
  meanAbsError: number;
  /** Share of conflict-months with exactly the GED figure. */
  shareExact: number;
  correlation: number;
  totalPanel: number;
  totalGed: number;
  /** The same on the conflict-months whose country-month was split between several conflicts. */
  split: { n: number; meanAbsError: number; shareExact: number; correlation: number };
  /** GED deaths of conflicts outside the sample or with a name we could not match (not compared). */
  unmatchedDeaths: number;
  unmatchedNames: string[];
}

interface GedMonth {
  conflictId: string;
  gwno: number;
  m: number;
  best: number;
}

/** Compares apportioned per-country portions with GED conflict-month deaths over [from, to]. */
export function compareWithGed(
  label: string,
  ged: readonly GedMonth[],
  ap: Apportionment,
  sample: ReadonlySet<string>,
  countries: readonly number[],
  from: number,
  to: number,
  unmatched: { deaths: number; names: string[] },
): GedCheck {
  const truth = new Map<string, number>();
  for (const g of ged) {
    if (g.m < from || g.m > to) continue;
    if (!sample.has(g.conflictId)) {
      unmatched.deaths += g.best;
      if (!unmatched.names.includes(`conflict ${g.conflictId}`))
        unmatched.names.push(`conflict ${g.conflictId}`);
      continue;
    }
    const key = `${g.conflictId} ${g.gwno} ${g.m}`;
    truth.set(key, (truth.get(key) ?? 0) + g.best);
  }
  const keys = new Set(truth.keys());
  for (const id of sample)
    for (let m = from; m <= to; m++)
      if (ap.isActive(id, m))
        for (const g of ap.locationOf(id, Math.floor(m / 12)))
          if (countries.includes(g)) keys.add(`${id} ${g} ${m}`);
  const ours: number[] = [];
  const theirs: number[] = [];
  const split: boolean[] = [];
  for (const key of [...keys].sort()) {
    const [id, g, m] = key.split(' ') as [string, string, string];
    const p = ap.portion(id, Number(g), Number(m));
    if (Number.isNaN(p)) continue;
    ours.push(p);
    theirs.push(truth.get(key) ?? 0);
    const rule = ap.cellRule(Number(g), Number(m));
    split.push(rule === 'brd-share' || rule === 'equal');
  }
  const all = agreement(ours, theirs);
  return {
    label,
    ...all,
    totalPanel: ours.reduce((a, b) => a + b, 0),
    totalGed: theirs.reduce((a, b) => a + b, 0),
    split: agreement(
      ours.filter((_, i) => split[i]),
      theirs.filter((_, i) => split[i]),
    ),
    unmatchedDeaths: unmatched.deaths,
    unmatchedNames: unmatched.names,
  };
}

function agreement(ours: readonly number[], theirs: readonly number[]) {
  const n = ours.length;
  const abs = ours.map((x, i) => Math.abs(x - theirs[i]!));
  return {
    n,
    meanAbsError: abs.reduce((a, b) => a + b, 0) / n,
    shareExact: abs.filter((d) => d === 0).length / n,
    correlation: pearson(ours, theirs),
  };
}

/** GED 23.1 CAR conflict-months (`conflict_new_id`, month of date_end). */
export function carGedMonths(text: string): GedMonth[] {
  const csv = parseCsv(text, { file: 'ged231_car_sb_conflict_month.csv' });
  const h = (n: string) => csv.header.indexOf(n);
  return csv.rows.map((r) => ({
    conflictId: r.values[h('conflict_new_id')]!.trim(),
    gwno: 482,
    m: monthIndex(Number(r.values[h('year')]), Number(r.values[h('month')])),
    best: Number(r.values[h('best_end')]),
  }));
}

const GED20_COUNTRIES: Record<string, number> = {
  'DR Congo (Zaire)': 490,
  Nigeria: 475,
  Somalia: 520,
  Uganda: 500,
  Senegal: 433,
};

/**
 * GED 2.0 five-country conflict-months, conflict names matched to ids through the BRD names (UCDP
 * writes both as `location:incompatibility`); unmatched names are returned with their deaths.
 */
export function ged20Months(
  text: string,
  brd: readonly BrdConflictYear[],
): { months: GedMonth[]; unmatched: { deaths: number; names: string[] } } {
  const byName = new Map<string, string>();
  for (const b of brd) byName.set(b.name.replace(/\s+/g, ''), b.conflictId);
  const csv = parseCsv(text, { file: 'ged20_5countries_sb_conflict_month.csv' });
  const h = (n: string) => csv.header.indexOf(n);
  const months: GedMonth[] = [];
  const unmatched = { deaths: 0, names: [] as string[] };
  for (const r of csv.rows) {
    const name = r.values[h('conflict_name')]!.trim();
    const best = Number(r.values[h('best_end')]);
    const id = byName.get(name.replace(/\s+/g, ''));
    const gwno = GED20_COUNTRIES[r.values[h('country')]!.trim()];
    if (!id || gwno === undefined) {
      unmatched.deaths += best;
      if (!unmatched.names.includes(name)) unmatched.names.push(name);
      continue;
    }
    months.push({
      conflictId: id,
      gwno,
      m: monthIndex(Number(r.values[h('year')]), Number(r.values[h('month')])),
      best,
    });
  }
  return { months, unmatched };
}

/** The GED 2.0 file's countries (Gleditsch–Ward). */
export const GED20_GWNO = Object.values(GED20_COUNTRIES);

/** The validation as markdown for the datasheet. */
export function apportionMarkdown(b: BrdCyCheck, ged: readonly GedCheck[]): string {
  const f = (x: number, d = 3) => x.toFixed(d);
  const worst = b.worst.map(
    (p) => `| ${p.conflictId} | ${p.country} | ${p.year} | ${p.panel} | ${p.brd} | ${p.panel - p.brd} |`,
  );
  const gedRows = ged.map(
    (g) =>
      `| ${g.label} | ${g.n} | ${f(g.meanAbsError, 2)} | ${(100 * g.shareExact).toFixed(1)}% | ${f(g.correlation)} | ${g.split.n} | ${f(g.split.meanAbsError, 2)} | ${(100 * g.split.shareExact).toFixed(1)}% | ${f(g.split.correlation)} | ${g.totalPanel} | ${g.totalGed} | ${g.unmatchedDeaths} (${g.unmatchedNames.join('; ') || '–'}) |`,
  );
  return [
    `**(a) Against UCDP BRD v24.1 conflict-year totals** (${b.pairs.length} sample conflict-years 1993–2019 with a BRD figure; ${b.missing} left out because a month's deaths are missing): correlation r = ${f(b.correlation)} (on log(1 + deaths): ${f(b.logCorrelation)}); totals ${b.totalPanel} (apportioned) vs ${b.totalBrd} (BRD), ratio ${f(b.ratio)}.`,
    '',
    'The five conflict-years with the largest absolute difference:',
    '',
    '| conflict | government | year | apportioned | BRD | difference |',
    '|---:|---|---:|---:|---:|---:|',
    ...worst,
    '',
    '**(b) Against conflict-linked GED events** (per conflict-month in the event country; month of `date_end`). "Split months" are the conflict-months whose country-month was shared by several active conflicts, where the apportioning rule (not only the GED version) decides the figure:',
    '',
    '| events | conflict-months | mean abs. error | exact | r | of which split months | MAE (split) | exact (split) | r (split) | apportioned | GED | GED deaths not compared (conflicts) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
    ...gedRows,
  ].join('\n');
}
