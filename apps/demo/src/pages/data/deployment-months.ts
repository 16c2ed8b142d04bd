import type { Table } from '@peacepanel/core';

export interface CountryDeployment {
  iso3: string;
  country: string;
  /** Country-months with UN troops deployed. */
  unMonths: number;
  /** Country-months with a non-UN mission deployed. */
  nonunMonths: number;
  /** Country-months with both at once (parallel deployment). */
  parallelMonths: number;
}

/** A month has a UN deployment when UN troops > 0, a non-UN one when a non-UN mission is present. */
function present(values: Float64Array | undefined, i: number): boolean {
  const v = values?.[i];
  return v !== undefined && !Number.isNaN(v) && v > 0;
}

/**
 * Months of UN, non-UN and parallel (UN + non-UN at once) deployment per country, the quantity the
 * map colours. Presence follows the study (Schumann & Bara 2023, §3): UN troops > 0; a non-UN
 * mission present (`nonun_missions_n` > 0, else `nonun_troops` > 0). Missing counts as absent.
 * @example import { tableFromDataset } from '@peacepanel/core';
 * import { loadDataset } from '@peacepanel/data';
 * const panel = tableFromDataset(await loadDataset('africa-cm'));
 * deploymentMonthsByCountry(panel).find((d) => d.iso3 === 'SDN')?.parallelMonths
 */
export function deploymentMonthsByCountry(table: Table): CountryDeployment[] {
  const iso = table.columns.iso3;
  const name = table.columns.country;
  const un = table.columns.un_troops;
  const nonunN = table.columns.nonun_missions_n ?? table.columns.nonun_troops;
  const unV = un?.kind === 'number' ? un.values : undefined;
  const nonV = nonunN?.kind === 'number' ? nonunN.values : undefined;
  const out = new Map<string, CountryDeployment>();
  for (let i = 0; i < table.n; i++) {
    const code = iso?.kind === 'string' ? iso.values[i] : undefined;
    const country = name?.kind === 'string' ? (name.values[i] ?? '') : '';
    const key = code ?? country;
    if (!key) continue;
    let d = out.get(key);
    if (!d) {
      d = { iso3: code ?? '', country, unMonths: 0, nonunMonths: 0, parallelMonths: 0 };
      out.set(key, d);
    }
    const u = present(unV, i);
    const n = present(nonV, i);
    if (u) d.unMonths++;
    if (n) d.nonunMonths++;
    if (u && n) d.parallelMonths++;
  }
  return [...out.values()].sort(
    (a, b) => b.parallelMonths - a.parallelMonths || a.country.localeCompare(b.country),
  );
}

/** Class breaks of the map legend (months of parallel deployment). */
export const PARALLEL_BREAKS = [1, 12, 36, 72] as const;

/**
 * The colour class (0 = none … 4 = most) of a number of parallel months.
 * @example parallelClass(40) // => 3
 */
export function parallelClass(months: number): 0 | 1 | 2 | 3 | 4 {
  if (months < PARALLEL_BREAKS[0]) return 0;
  if (months < PARALLEL_BREAKS[1]) return 1;
  if (months < PARALLEL_BREAKS[2]) return 2;
  if (months < PARALLEL_BREAKS[3]) return 3;
  return 4;
}
