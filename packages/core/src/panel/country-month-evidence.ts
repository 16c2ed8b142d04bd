import { monthIndex } from '../io/cells.js';
import type { CountryMonthDeaths } from '../io/country-month-deaths.js';
import type { Table } from '../table.js';
import type { CountryOperations } from './country-operations.js';
import { rowMonths } from './lags.js';
import { evidenceColumns, operationsSeries } from './operations-series.js';

/** Months since the country's current run of consecutive panel months began (0 in its first month). */
function spellDurations(gwno: Float64Array, months: Float64Array): Float64Array {
  const present = new Set<string>();
  for (let i = 0; i < gwno.length; i++) present.add(`${gwno[i]} ${months[i]}`);
  const out = new Float64Array(gwno.length);
  const memo = new Map<string, number>();
  const at = (g: number, m: number): number => {
    let k = 0;
    while (present.has(`${g} ${m - k - 1}`)) {
      const known = memo.get(`${g} ${m - k - 1}`);
      if (known !== undefined) return known + k + 1;
      k += 1;
    }
    return k;
  };
  for (let i = 0; i < gwno.length; i++) {
    const d = at(gwno[i]!, months[i]!);
    memo.set(`${gwno[i]} ${months[i]}`, d);
    out[i] = d;
  }
  return out;
}

/**
 * Adds the evidence columns (`evidenceColumns`: lags, filled and present non-UN troops, organisation
 * types, partnership mode) and `conflict_duration` to a country-month panel built from `seriesFrom`
 * (`buildCountryMonthPanel`), then keeps the rows from `from` on. Every lag is taken on the complete
 * monthly series of the country (all months from `seriesFrom`, in the panel or not: deaths from
 * `deaths`, operations from `operations`), so the first month of a spell keeps its lag;
 * `conflict_duration` counts months since the country's current run of consecutive panel months began,
 * counted from `seriesFrom` (not cut at `from`).
 * Reference: Schumann & Bara (2023) ISQ (troops lagged one month, in thousands).
 * Cost: O(countries × months + rows).
 * @example const s = readEvidenceSources(evidenceFiles());
 * const { table } = buildCountryMonthPanel({ deaths: s.deaths, absentDeaths: 'missing', acd: s.acdMonths, un: s.un, nonun: s.nonun, from: '1989-01', to: '2019-12' });
 * addCountryMonthEvidence(table, s.deaths, evidenceOperations(s, '1989-01', '2019-12'), '1989-01', '1993-01', '2019-12').n // => 5121
 */
export function addCountryMonthEvidence(
  panel: Table,
  deaths: readonly CountryMonthDeaths[],
  operations: ReadonlyMap<string, CountryOperations>,
  seriesFrom: string,
  from: string,
  to: string,
): Table {
  const ym = (t: string) => monthIndex(Number(t.slice(0, 4)), Number(t.slice(5, 7)));
  const s0 = ym(seriesFrom);
  const s1 = ym(to);
  const first = ym(from);
  const gwno = panel.columns.gwno!.values as Float64Array;
  const months = rowMonths(panel, 'ym');
  const duration = spellDurations(gwno, months);
  const bd = new Map(deaths.map((d) => [`${d.gwno} ${monthIndex(d.year, d.month)}`, d.best]));
  const rows = new Map<number, number[]>();
  const keepRows: number[] = [];
  for (let i = 0; i < panel.n; i++) {
    if (months[i]! < first || months[i]! > s1) continue;
    keepRows.push(i);
    const list = rows.get(gwno[i]!) ?? [];
    list.push(i);
    rows.set(gwno[i]!, list);
  }
  const parts = new Map<number, Table['columns']>();
  for (const [g, list] of rows) {
    const series = operationsSeries(operations, () => [g], s0, s1);
    const d = Float64Array.from({ length: s1 - s0 + 1 }, (_, t) => bd.get(`${g} ${s0 + t}`) ?? Number.NaN);
    parts.set(
      g,
      evidenceColumns(
        series,
        d,
        list.map((i) => months[i]! - s0),
      ),
    );
  }
  const position = new Map<number, number>();
  for (const list of rows.values())
    list.forEach((i, k) => {
      position.set(i, k);
    });
  const out: Table['columns'] = {};
  for (const [name, col] of Object.entries(panel.columns))
    out[name] =
      col.kind === 'number'
        ? { kind: 'number', values: Float64Array.from(keepRows, (i) => col.values[i]!) }
        : { kind: 'string', values: keepRows.map((i) => col.values[i] ?? null) };
  const value = (name: string, i: number) => parts.get(gwno[i]!)![name]!.values[position.get(i)!];
  const [template] = parts.values();
  for (const [name, col] of Object.entries(template ?? {}))
    out[name] =
      col.kind === 'number'
        ? { kind: 'number', values: Float64Array.from(keepRows, (i) => value(name, i) as number) }
        : { kind: 'string', values: keepRows.map((i) => (value(name, i) as string | null) ?? null) };
  out.conflict_duration = { kind: 'number', values: Float64Array.from(keepRows, (i) => duration[i]!) };
  return { n: keepRows.length, columns: out };
}
