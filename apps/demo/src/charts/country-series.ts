import { linePath as chartLinePath } from '@peacepanel/charts';
import type { Table } from '@peacepanel/core';

export interface CountrySeries {
  country: string;
  months: string[];
  deaths: Float64Array;
  un: Float64Array;
  nonun: Float64Array;
}

function numbers(table: Table, name: string): Float64Array | undefined {
  const c = table.columns[name];
  return c?.kind === 'number' ? c.values : undefined;
}

/**
 * One country's monthly battle deaths and UN / non-UN troop numbers, in time order (`ym`), for the
 * time-line chart. Missing stays NaN (drawn as a gap, never as 0).
 * @example import { tableFromDataset } from '@peacepanel/core';
 * import { loadDataset } from '@peacepanel/data';
 * countrySeries(tableFromDataset(await loadDataset('africa-cm')), 'Sudan').deaths.length // Sudan's months in the panel
 */
export function countrySeries(table: Table, country: string): CountrySeries {
  const names = table.columns.country;
  const ym = table.columns.ym;
  const idx: number[] = [];
  if (names?.kind === 'string')
    for (let i = 0; i < table.n; i++) if (names.values[i] === country) idx.push(i);
  const label = (i: number) => (ym?.kind === 'string' ? (ym.values[i] ?? '') : '');
  idx.sort((a, b) => (label(a) < label(b) ? -1 : label(a) > label(b) ? 1 : a - b));
  const pick = (v: Float64Array | undefined) => Float64Array.from(idx, (i) => v?.[i] ?? Number.NaN);
  return {
    country,
    months: idx.map(label),
    deaths: pick(numbers(table, 'battle_deaths')),
    un: pick(numbers(table, 'un_troops')),
    nonun: pick(numbers(table, 'nonun_troops')),
  };
}

/**
 * Country names of a panel, sorted, each once.
 * @example import { tableFromDataset } from '@peacepanel/core';
 * import { loadDataset } from '@peacepanel/data';
 * countryNames(tableFromDataset(await loadDataset('africa-cm')))[0] // => 'Algeria'
 */
export function countryNames(table: Table): string[] {
  const c = table.columns.country;
  if (c?.kind !== 'string') return [];
  return [...new Set(c.values.filter((v): v is string => v !== null))].sort((a, b) => a.localeCompare(b));
}

/**
 * SVG path data of a line through finite values, broken at missing ones.
 * @example linePath(Float64Array.of(1, NaN, 3, 4), (i) => i * 10, (v) => 100 - v) // => 'M0,99M20,97L30,96'
 */
export function linePath(values: Float64Array, x: (i: number) => number, y: (v: number) => number): string {
  // @peacepanel/charts draws the line (broken at non-finite points); the series' own 0.1 px rounding first.
  return chartLinePath(
    Array.from(values, (v, i) => (Number.isFinite(v) ? { x: round(x(i)), y: round(y(v)) } : { x: v, y: v })),
  );
}

/**
 * Largest finite value (0 when none).
 * @example finiteMax(Float64Array.of(NaN, 2, 7)) // => 7
 */
export function finiteMax(values: Float64Array): number {
  let m = 0;
  for (const v of values) if (Number.isFinite(v) && v > m) m = v;
  return m;
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}
