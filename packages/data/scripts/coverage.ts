/** Coverage tables for the datasheets: share of rows with a value, per variable and year. */
import type { Table } from '@peacepanel/core';

function filled(table: Table, name: string, i: number): boolean {
  const c = table.columns[name]!;
  return c.kind === 'number' ? !Number.isNaN(c.values[i]!) : c.values[i] !== null;
}

const pct = (k: number, n: number) => (n === 0 ? '–' : `${((100 * k) / n).toFixed(k === n ? 0 : 1)}%`);

/**
 * Markdown: one line per variable with its overall share of filled rows, then a year × variable table
 * for the variables that are ever missing. `nullMeansNone` lists string columns where null means
 * "none" (not missing); they are reported as complete.
 */
export function coverageMarkdown(table: Table, nullMeansNone: readonly string[] = []): string {
  const names = Object.keys(table.columns);
  const year = table.columns.year;
  if (year?.kind !== 'number') throw new Error('coverage needs a numeric year column');
  const years = [...new Set(year.values)].sort((a, b) => a - b);
  const count = (name: string, y?: number) => {
    let k = 0;
    let n = 0;
    for (let i = 0; i < table.n; i++) {
      if (y !== undefined && year.values[i] !== y) continue;
      n += 1;
      if (nullMeansNone.includes(name) || filled(table, name, i)) k += 1;
    }
    return { k, n };
  };
  const lines = ['| variable | rows with a value | share |', '|---|---:|---:|'];
  const partial: string[] = [];
  for (const name of names) {
    const { k, n } = count(name);
    lines.push(`| \`${name}\` | ${k} of ${n} | ${pct(k, n)} |`);
    if (k < n) partial.push(name);
  }
  if (partial.length === 0) return `${lines.join('\n')}\n\nEvery variable has a value in every row.\n`;
  const head = `| year | rows | ${partial.map((p) => `\`${p}\``).join(' | ')} |`;
  const rule = `|---:|---:|${partial.map(() => '---:').join('|')}|`;
  const body = years.map((y) => {
    const n = count(names[0]!, y).n;
    return `| ${y} | ${n} | ${partial.map((p) => pct(count(p, y).k, n)).join(' | ')} |`;
  });
  return `${lines.join('\n')}\n\nShare of rows with a value, per year, for the variables that are ever missing:\n\n${[head, rule, ...body].join('\n')}\n`;
}
