// Test helper: reads a CSV fixture into a Table (numeric column when every non-missing cell is a number).
import { readFileSync } from 'node:fs';
import { parseNumberCell } from '../src/io/cells.js';
import { parseCsv } from '../src/io/csv.js';
import type { Column, Table } from '../src/table.js';

export function readCsvTable(path: string | URL): Table {
  const { header, rows } = parseCsv(readFileSync(path, 'utf8'));
  const columns: Record<string, Column> = {};
  header.forEach((name, j) => {
    const cells = rows.map((r) => r.values[j] ?? '');
    const nums = cells.map(parseNumberCell);
    if (nums.every((v) => v !== undefined))
      columns[name] = { kind: 'number', values: Float64Array.from(nums as number[]) };
    else columns[name] = { kind: 'string', values: cells.map((c) => (c.trim() === '' ? null : c)) };
  });
  return { n: rows.length, columns };
}

export function fixtureTable(name: string): Table {
  return readCsvTable(new URL(`./fixtures/${name}`, import.meta.url));
}

/** ships.csv as in the reference README: service > 0, yr_con = (year − 60)/5 + 1, op_75_79 = (period == 75). */
export function shipsTable(): Table {
  const s = fixtureTable('ships.csv');
  const keep: number[] = [];
  const service = s.columns.service!.values as Float64Array;
  for (let i = 0; i < s.n; i++) if ((service[i] as number) > 0) keep.push(i);
  const pick = (name: string) => {
    const c = s.columns[name]!;
    return c.kind === 'number'
      ? { kind: 'number' as const, values: Float64Array.from(keep, (i) => c.values[i] as number) }
      : { kind: 'string' as const, values: keep.map((i) => c.values[i] ?? null) };
  };
  const year = pick('year').values as Float64Array;
  const period = pick('period').values as Float64Array;
  return {
    n: keep.length,
    columns: {
      type: pick('type'),
      year: pick('year'),
      period: pick('period'),
      service: pick('service'),
      incidents: pick('incidents'),
      yr_con: { kind: 'number', values: year.map((y) => (y - 60) / 5 + 1) },
      op_75_79: { kind: 'number', values: period.map((p) => (p === 75 ? 1 : 0)) },
    },
  };
}

/** Relative difference, guarded near zero. */
export function relDiff(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(Math.abs(b), 1e-8);
}

/** The HKS-derived dyad-month data committed in packages/data/raw (see its PROVENANCE.md). */
export function pkoTable(): Table {
  return readCsvTable(
    new URL('../../data/raw/pko_dyadmonth_africa/pko_dyadmonth_africa.csv', import.meta.url),
  );
}
