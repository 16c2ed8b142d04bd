import { messages } from '../errors.js';
import { MAX_COUNT } from '../model/design.js';
import type { Column, Table } from '../table.js';
import type { Exclusion } from '../types/exclusion.js';
import { checkColumnMapping } from '../validation/column-mapping.js';
import { formatYm, isMissingCell, monthIndex, parseNumberCell, parseYearMonth } from './cells.js';
import type { ColumnMapping } from './column-mapping-schema.js';
import type { CsvDialect } from './csv-dialect.js';
import { type CsvReadOptions, columnIsNumeric, numberValues, readCsvText } from './csv-table.js';

export type { ColumnMapping } from './column-mapping-schema.js';

/** Earliest and latest years a panel may contain (wider than any conflict data, narrow enough to catch typos). */
export const PANEL_YEAR_RANGE = { min: 1946, max: 2100 } as const;

/**
 * What a panel must hold for the place that reads it (e.g. the demo's pages): columns that must be
 * present and numeric columns whose values must be ≥ 0 (counts, troops).
 */
export interface PanelRequirements {
  /** Columns the panel must have (after renaming and the added `ym` / `year` / `month`). */
  columns: readonly string[];
  /** Columns whose filled values must be counts: ≥ 0 and at most `MAX_COUNT` (2⁵³). */
  nonNegative?: readonly string[];
  /** Who needs them, for the message (e.g. "the model and scenario pages"). */
  purpose: string;
}

export interface PanelCsvResult {
  table: Table;
  exclusions: Exclusion[];
  /** How the file was read (separator, decimal mark, thousands separators, encoding): state it to the user. */
  dialect: CsvDialect;
}

/** Columns peacepanel always reads as numbers when present. */
const KNOWN_NUMERIC = new Set([
  'year',
  'month',
  'gwno',
  'battle_deaths',
  'battle_deaths_low',
  'battle_deaths_high',
  'un_troops',
  'un_police',
  'un_observers',
  'nonun_troops',
  'nonun_missions_n',
  'conflict_active',
  'interstate_in_count',
  'un_troops_k_lag1',
  'nonun_troops_k_lag1',
  'battle_deaths_lag1',
  'conflict_duration',
]);

/**
 * Reads a panel CSV (one row per unit and month) into a `Table`, with located errors and an
 * exclusion report. Steps: parse (RFC 4180, separator and decimal mark detected: see `readCsvText`); rename mapped columns; find the unit and the month
 * (`ym` `YYYY-MM`, or `year` + `month`); type each column (numeric when it is a known numeric name,
 * mapped as outcome or regressor, or when most of its filled cells are numbers; then any text cell
 * in it is an error); check months lie in 1946–2100 and 1–12; check each unit-month appears once.
 * Rows without a unit or a month are left out and listed in `exclusions`, never dropped silently.
 * When the file has neither a unit nor a time column it is read as a plain table (no key checks).
 *
 * Adds `ym` (`YYYY-MM`) when the file has year and month, and `year` / `month` when it has only `ym`.
 * Missing cells (empty, NA, NaN, `.`) are NaN in numeric columns and null in text columns.
 * @throws PeacepanelError PARSE_ERROR (truncated row, wrong delimiter, unclosed quote), MISSING_COLUMN
 * (a mapped column is absent), BAD_VALUE (text in a numeric column, unreadable month), OUT_OF_RANGE
 * (year or month outside range), DUPLICATE_KEY (a unit-month twice), NO_DATA (no rows).
 * @example
 * const { table } = parsePanelCsv('country,ym,battle_deaths\nMali,2013-01,40\nMali,2013-02,12\n', { file: 'p.csv' });
 * table.columns.battle_deaths // { kind: 'number', values: Float64Array [40, 12] }
 */
export function parsePanelCsv(
  text: string,
  options: CsvReadOptions & { mapping?: ColumnMapping; require?: PanelRequirements } = {},
): PanelCsvResult {
  const file = options.file;
  const checked = options.mapping ? checkColumnMapping(options.mapping) : undefined;
  if (checked && !checked.success) {
    const issue = checked.error.issues[0];
    throw messages.badColumnMapping(issue?.path.join('.') ?? '', issue?.message ?? 'invalid');
  }
  const mapping: ColumnMapping = checked?.success ? checked.data : {};
  const csv = readCsvText(text, options);
  const dialect = csv.dialect;
  if (csv.rows.length === 0) throw messages.noData(file, 'the file has a header but no data rows');

  // target name for each source column
  const header = csv.header;
  const rename = new Map<string, string>();
  const mustBeNumeric = new Set<string>();
  // Each mapped source column must exist; it is renamed to its target (numeric targets are checked).
  const map = (source: string | undefined, target: string, numeric = false) => {
    if (!source) return;
    if (!header.includes(source)) throw messages.missingColumn(file, source, header);
    rename.set(source, target);
    if (numeric) mustBeNumeric.add(target);
  };
  map(mapping.unit, 'country');
  map(mapping.time, 'ym');
  map(mapping.year, 'year');
  map(mapping.month, 'month');
  map(mapping.outcome, 'battle_deaths', true);
  for (const [target, source] of Object.entries(mapping.regressors ?? {})) map(source, target, true);
  const names = header.map((h) => rename.get(h) ?? h);
  const seenNames = new Map<string, number>();
  names.forEach((name, j) => {
    const before = seenNames.get(name);
    if (before !== undefined)
      throw messages.parseError(
        { file, line: 1, column: name },
        `column "${name}" appears twice (columns ${before + 1} and ${j + 1}, after renaming)`,
        'rename one of the columns or change the mapping',
      );
    seenNames.set(name, j);
  });

  const unitCol = pickColumn(names, ['country', 'iso3', 'unit', 'conflict_id']);
  const hasYm = names.includes('ym');
  const hasYearMonth = names.includes('year') && names.includes('month');
  const keyed = unitCol !== undefined && (hasYm || hasYearMonth);
  if ((mapping.unit || mapping.time || mapping.year) && !keyed)
    throw messages.missingColumn(file, unitCol === undefined ? 'country' : 'ym', header);

  // type the columns
  const columns: Record<string, Column> = {};
  const n = csv.rows.length;
  const lineOfRow = (i: number) => csv.rows[i]?.line ?? i + 2;
  const isNumeric = names.map((name, j) => {
    if (name === 'ym' || name === unitCol) return false;
    const cells = csv.rows.map((r) => r.values[j] ?? '');
    return columnIsNumeric(
      { name, cells, lineOf: lineOfRow },
      dialect,
      file,
      mustBeNumeric.has(name) || KNOWN_NUMERIC.has(name),
    );
  });

  // exclusions and keys
  const keep = new Uint8Array(n);
  const excluded = new Map<string, string[]>();
  const exclude = (reason: string, line: number) => {
    const list = excluded.get(reason) ?? [];
    list.push(`line ${line}`);
    excluded.set(reason, list);
  };
  const monthOf = new Float64Array(n).fill(Number.NaN);
  const unitJ = unitCol === undefined ? -1 : names.indexOf(unitCol);
  const ymJ = names.indexOf('ym');
  const yearJ = names.indexOf('year');
  const monthJ = names.indexOf('month');
  const firstLine = new Map<string, number>();
  csv.rows.forEach((row, i) => {
    if (!keyed) {
      keep[i] = 1;
      return;
    }
    const unit = (row.values[unitJ] ?? '').trim();
    if (isMissingCell(unit)) {
      exclude(`missing unit (${unitCol})`, row.line);
      return;
    }
    const ym = readMonth(row.values, row.line);
    if (ym === undefined) return;
    const key = `${unit} ${formatYm(ym)}`;
    const first = firstLine.get(key);
    if (first !== undefined) throw messages.duplicateKey({ file, line: row.line }, key, first);
    firstLine.set(key, row.line);
    monthOf[i] = ym;
    keep[i] = 1;
  });

  function readMonth(values: string[], line: number): number | undefined {
    let year: number;
    let month: number;
    if (hasYm) {
      const cell = values[ymJ] ?? '';
      if (isMissingCell(cell)) {
        exclude('missing month (ym)', line);
        return undefined;
      }
      const parsed = parseYearMonth(cell);
      if (!parsed) throw messages.badValue({ file, line, column: 'ym' }, cell, 'a month written YYYY-MM');
      ({ year, month } = parsed);
      checkRange(year, month, line, { year: 'ym', month: 'ym' }, { year: cell, month: cell });
    } else {
      const yc = values[yearJ] ?? '';
      const mc = values[monthJ] ?? '';
      if (isMissingCell(yc) || isMissingCell(mc)) {
        exclude('missing year or month', line);
        return undefined;
      }
      const y = parseNumberCell(yc);
      const m = parseNumberCell(mc);
      if (y === undefined || !Number.isInteger(y))
        throw messages.badValue({ file, line, column: 'year' }, yc, 'a whole year like 2005');
      if (m === undefined || !Number.isInteger(m))
        throw messages.badValue({ file, line, column: 'month' }, mc, 'a month number 1-12');
      year = y;
      month = m;
      checkRange(year, month, line, { year: 'year', month: 'month' }, { year: yc, month: mc });
    }
    return monthIndex(year, month);
  }

  function checkRange(
    year: number,
    month: number,
    line: number,
    column: { year: string; month: string },
    cell: { year: string; month: string },
  ) {
    if (year < PANEL_YEAR_RANGE.min || year > PANEL_YEAR_RANGE.max)
      throw messages.outOfRange(
        { file, line, column: column.year },
        cell.year,
        `years ${PANEL_YEAR_RANGE.min}-${PANEL_YEAR_RANGE.max}`,
      );
    if (month < 1 || month > 12)
      throw messages.outOfRange({ file, line, column: column.month }, cell.month, 'months 1-12');
  }

  // build columns over kept rows
  const kept: number[] = [];
  for (let i = 0; i < n; i++) if (keep[i]) kept.push(i);
  names.forEach((name, j) => {
    if (isNumeric[j]) {
      const cells = kept.map((i) => csv.rows[i]!.values[j] ?? '');
      const values = numberValues({ name, cells, lineOf: (r) => lineOfRow(kept[r]!) }, dialect, file);
      columns[name] = { kind: 'number', values };
    } else {
      columns[name] = {
        kind: 'string',
        values: kept.map((i) => {
          const cell = (csv.rows[i]!.values[j] ?? '').trim();
          return isMissingCell(cell) ? null : cell;
        }),
      };
    }
  });
  if (keyed) {
    const ym = kept.map((i) => formatYm(monthOf[i]!));
    if (hasYm) {
      columns.ym = { kind: 'string', values: ym };
      if (!columns.year)
        columns.year = {
          kind: 'number',
          values: Float64Array.from(kept, (i) => Math.floor(monthOf[i]! / 12)),
        };
      if (!columns.month)
        columns.month = {
          kind: 'number',
          values: Float64Array.from(kept, (i) => monthOf[i]! - Math.floor(monthOf[i]! / 12) * 12 + 1),
        };
    } else columns.ym = { kind: 'string', values: ym };
  }
  if (kept.length === 0) throw messages.noData(file, 'no row has both a unit and a month');
  if (options.require) checkRequirements(options.require, columns, (r) => lineOfRow(kept[r]!), file, header);

  const exclusions: Exclusion[] = [...excluded].map(([reason, lines]) => ({
    reason,
    count: lines.length,
    examples: lines.slice(0, 20),
  }));
  return { table: { n: kept.length, columns }, exclusions, dialect };
}

function pickColumn(names: readonly string[], candidates: readonly string[]): string | undefined {
  return candidates.find((c) => names.includes(c));
}

/** Refuses a panel without the required columns (all named at once) or with a negative value in a count column (located). */
function checkRequirements(
  req: PanelRequirements,
  columns: Record<string, Column>,
  lineOf: (row: number) => number,
  file: string | undefined,
  header: readonly string[],
): void {
  const missing = req.columns.filter((c) => !(c in columns));
  if (missing.length) throw messages.missingColumns(file, missing, header, req.purpose);
  for (const name of req.nonNegative ?? []) {
    const col = columns[name];
    if (col?.kind !== 'number') {
      if (col) throw messages.nonNumericOutcome(name);
      continue;
    }
    const i = col.values.findIndex((v) => v < 0);
    if (i >= 0)
      throw messages.badValue(
        { file, line: lineOf(i), column: name },
        String(col.values[i]),
        `a count ≥ 0 (${req.purpose} need counts)`,
      );
    const big = col.values.findIndex((v) => v > MAX_COUNT);
    if (big >= 0)
      throw messages.outOfRange(
        { file, line: lineOf(big), column: name },
        String(col.values[big]),
        `counts up to ${MAX_COUNT}, the largest a count model represents`,
      );
  }
}
