/**
 * Cross-check of the panel's battle deaths against UCDP BRD v24.1 (annual, by conflict): for
 * country-years where every BRD conflict fought in the country has that single location
 * (`gwno_battle`, the countries where battles took place, without a comma), the panel's annual sum of `battle_deaths` should match the BRD
 * `bd_best` sum. Differences come from GED/BRD version drift (GED 20.1 vs BRD 24.1), from months
 * outside the panel, and from fighting of conflicts located elsewhere.
 */
import { parseCsv, type Table } from '@peacepanel/core';
import { pearson } from './stats.js';

export interface BrdPair {
  iso3: string;
  gwno: number;
  year: number;
  panel: number;
  brd: number;
}

export interface BrdCheck {
  pairs: BrdPair[];
  correlation: number;
  /** Correlation of log(1 + deaths), less driven by a few large wars. */
  logCorrelation: number;
  totalPanel: number;
  totalBrd: number;
  /** The pairs with the largest absolute differences, largest first. */
  largest: BrdPair[];
}

/** Compares annual panel deaths with BRD for single-location conflict country-years in [from, to]. */
export function compareWithBrd(table: Table, brdText: string, from = 1993, to = 2019): BrdCheck {
  const brd = parseCsv(brdText, { file: 'BattleDeaths_v24_1_conf.csv' });
  const h = (n: string) => brd.header.indexOf(n);
  const single = new Map<string, number>();
  const multi = new Set<string>();
  for (const r of brd.rows) {
    const v = r.values;
    const year = Number(v[h('year')]);
    if (year < from || year > to) continue;
    const locs = (v[h('gwno_battle')] ?? '').split(',').map((s) => Number(s.trim()));
    const best = Number(v[h('bd_best')]);
    if (locs.length === 1) {
      const key = `${locs[0]} ${year}`;
      single.set(key, (single.get(key) ?? 0) + best);
    } else for (const g of locs) multi.add(`${g} ${year}`);
  }
  const gw = table.columns.gwno;
  const yr = table.columns.year;
  const bd = table.columns.battle_deaths;
  const iso = table.columns.iso3;
  if (gw?.kind !== 'number' || yr?.kind !== 'number' || bd?.kind !== 'number' || iso?.kind !== 'string')
    throw new Error('panel lacks gwno, year, battle_deaths or iso3');
  const sums = new Map<string, { iso3: string; sum: number }>();
  for (let i = 0; i < table.n; i++) {
    const key = `${gw.values[i]} ${yr.values[i]}`;
    const s = sums.get(key) ?? { iso3: iso.values[i] ?? '', sum: 0 };
    const d = bd.values[i]!;
    if (!Number.isNaN(d)) s.sum += d;
    sums.set(key, s);
  }
  const pairs: BrdPair[] = [];
  for (const [key, b] of single) {
    if (multi.has(key)) continue;
    const p = sums.get(key);
    if (!p) continue; // not an African panel country-year
    const [g, y] = key.split(' ').map(Number) as [number, number];
    pairs.push({ iso3: p.iso3, gwno: g, year: y, panel: p.sum, brd: b });
  }
  pairs.sort((a, b) => a.iso3.localeCompare(b.iso3) || a.year - b.year);
  const largest = [...pairs]
    .sort(
      (a, b) =>
        Math.abs(b.panel - b.brd) - Math.abs(a.panel - a.brd) ||
        a.iso3.localeCompare(b.iso3) ||
        a.year - b.year,
    )
    .slice(0, 8);
  return {
    pairs,
    correlation: pearson(
      pairs.map((p) => p.panel),
      pairs.map((p) => p.brd),
    ),
    logCorrelation: pearson(
      pairs.map((p) => Math.log1p(p.panel)),
      pairs.map((p) => Math.log1p(p.brd)),
    ),
    totalPanel: pairs.reduce((s, p) => s + p.panel, 0),
    totalBrd: pairs.reduce((s, p) => s + p.brd, 0),
    largest,
  };
}

/** The check as a short markdown section for the datasheet. */
export function brdMarkdown(c: BrdCheck): string {
  const rows = c.largest.map((p) => `| ${p.iso3} | ${p.year} | ${p.panel} | ${p.brd} | ${p.panel - p.brd} |`);
  return [
    `${c.pairs.length} country-years (1993–2019) in which every BRD conflict had this single location: correlation of annual deaths r = ${c.correlation.toFixed(3)} (on log(1 + deaths): ${c.logCorrelation.toFixed(3)}); totals ${c.totalPanel} (panel) vs ${c.totalBrd} (BRD).`,
    '',
    'Largest differences:',
    '',
    '| country | year | panel | BRD | panel − BRD |',
    '|---|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
}
