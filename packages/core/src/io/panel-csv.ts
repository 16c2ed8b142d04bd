import { messages } from '../errors.js';
import { MAX_COUNT } from '../model/design.js';
import type { Column, Table } from '../table.js';
import type { Exclusion } from '../types/exclusion.js';
import { checkColumnMapping } from '../validation/column-mapping.js';
import { formatYm, isMissingCell } from './cells.js';
import type { ColumnMapping } from './column-mapping-schema.js';
import type { CsvDialect } from './csv-dialect.js';
import {
  type CsvContent,
  type CsvReadOptions,
  columnIsNumeric,
  numberValues,
  readCsvText,
} from './csv-table.js';
import { keyRows, panelKey } from './panel-keys.js';

export type { ColumnMapping } from './column-mapping-schema.js';

export { PANEL_YEAR_RANGE } from './panel-keys.js';

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
 * @example const { table } = parsePanelCsv('country,ym,battle_deaths\nMali,2013-01,40\nMali,2013-02,12\n', { file: 'p.csv' });
 * table.columns.battle_deaths // => { kind: 'number', values: Float64Array.of(40, 12) }
 */
export function parsePanelCsv(
  text: string,
  options: CsvReadOptions & { mapping?: ColumnMapping; require?: PanelRequirements } = {},
): PanelCsvResult {
  const file = options.file;
  const mapping = checkedMapping(options.mapping);
  const csv = readCsvText(text, options);
  const dialect = csv.dialect;
  if (csv.rows.length === 0) throw messages.noData(file, 'the file has a header but no data rows');
  const { names, mustBeNumeric } = renamedColumns(csv.header, mapping, file);
  const key = panelKey(names);
  if ((mapping.unit || mapping.time || mapping.year) && !key.keyed)
    throw messages.missingColumn(file, key.unitCol === undefined ? 'country' : 'ym', csv.header);
  const lineOfRow = (i: number) => csv.rows[i]?.line ?? i + 2;
  // type the columns: the key's text columns stay text
  const isNumeric = names.map((name, j) => {
    if (name === 'ym' || name === key.unitCol) return false;
    const cells = csv.rows.map((r) => r.values[j] ?? '');
    return columnIsNumeric(
      { name, cells, lineOf: lineOfRow },
      dialect,
      file,
      mustBeNumeric.has(name) || KNOWN_NUMERIC.has(name),
    );
  });
  const rows = keyRows(csv, key, file);
  const kept: number[] = [];
  for (let i = 0; i < csv.rows.length; i++) if (rows.keep[i]) kept.push(i);
  const columns = keptColumns(csv, names, isNumeric, kept, file);
  if (key.keyed) addMonthColumns(columns, kept, rows.monthOf, key.hasYm);
  if (kept.length === 0) throw messages.noData(file, 'no row has both a unit and a month');
  if (options.require)
    checkRequirements(options.require, columns, (r) => lineOfRow(kept[r]!), file, csv.header);
  const exclusions: Exclusion[] = [...rows.excluded].map(([reason, lines]) => ({
    reason,
    count: lines.length,
    examples: lines.slice(0, 20),
  }));
  return { table: { n: kept.length, columns }, exclusions, dialect };
}

/** The column mapping, validated; `{}` without one. */
function checkedMapping(input: ColumnMapping | undefined): ColumnMapping {
  const checked = input ? checkColumnMapping(input) : undefined;
  if (checked && !checked.success) {
    const issue = checked.error.issues[0];
    throw messages.badColumnMapping(issue?.path.join('.') ?? '', issue?.message ?? 'invalid');
  }
  return checked?.success ? checked.data : {};
}

/**
 * The column names after renaming the mapped source columns to their targets (each must exist; mapped
 * outcome and regressors must be numeric); a name that appears twice after renaming is an error.
 */
function renamedColumns(
  header: readonly string[],
  mapping: ColumnMapping,
  file: string | undefined,
): { names: string[]; mustBeNumeric: Set<string> } {
  const rename = new Map<string, string>();
  const mustBeNumeric = new Set<string>();
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
  return { names, mustBeNumeric };
}

/** The table's columns over the kept rows: numbers (missing → NaN) or trimmed text (missing → null). */
function keptColumns(
  csv: CsvContent,
  names: readonly string[],
  isNumeric: readonly boolean[],
  kept: readonly number[],
  file: string | undefined,
): Record<string, Column> {
  const columns: Record<string, Column> = {};
  const lineOfRow = (i: number) => csv.rows[i]?.line ?? i + 2;
  names.forEach((name, j) => {
    if (isNumeric[j]) {
      const cells = kept.map((i) => csv.rows[i]!.values[j] ?? '');
      const values = numberValues({ name, cells, lineOf: (r) => lineOfRow(kept[r]!) }, csv.dialect, file);
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
  return columns;
}

/** Adds `ym` (`YYYY-MM`) from the key, and `year` / `month` when the file had only `ym`. */
function addMonthColumns(
  columns: Record<string, Column>,
  kept: readonly number[],
  monthOf: Float64Array,
  hasYm: boolean,
): void {
  columns.ym = { kind: 'string', values: kept.map((i) => formatYm(monthOf[i]!)) };
  if (!hasYm) return;
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
