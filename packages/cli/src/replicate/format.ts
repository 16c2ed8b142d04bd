import { readPointer } from './json-pointer.js';

/**
 * How a number is written in the report. Every style is deterministic and locale-free.
 * - `int`: rounded, thousands separated by commas (`12,345`);
 * - `year`, `plain`: integer without separators (`1993`; a seed `20230`);
 * - `dec1` … `dec4`: fixed decimals;
 * - `pct0`, `pct1`: a share written as a percentage (`0.441` → `44.1%`);
 * - `pval`: three decimals, or `<floor` below `conventions.pValueFloor`;
 * - `thousands`: a count of thousands written as soldiers (`2.5` → `2,500`);
 * - `coef`: a regression coefficient: three decimals, or two significant digits when smaller than
 *   0.01 in absolute value (`0.000123` → `0.00012`), so small slopes do not print as zero;
 * - `pp1`: a difference of shares in percentage points, one decimal, no unit (`-0.114` → `-11.4`).
 */
export const FORMAT_STYLES = [
  'int',
  'year',
  'plain',
  'dec1',
  'dec2',
  'dec3',
  'dec4',
  'pct0',
  'pct1',
  'pval',
  'thousands',
  'coef',
  'pp1',
] as const;
export type FormatStyle = (typeof FORMAT_STYLES)[number];

/** The text written for a missing (null) number. Contains no digit. */
export const MISSING_TEXT = 'n/a';

function withCommas(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function fixed(value: number, decimals: number): string {
  const s = value.toFixed(decimals);
  // No "-0.000": a value that rounds to zero is written without a sign.
  return /^-0(\.0+)?$/.test(s) ? s.slice(1) : s;
}

/**
 * Writes one number in one style. `pFloor` is the smallest p-value written as a number.
 * @example formatNumber(0.4412, 'pct1') // => '44.1%'
 * @example formatNumber(12345.6, 'int') // => '12,346'
 */
export function formatNumber(value: number | null, style: FormatStyle, pFloor = 0.001): string {
  if (value === null || !Number.isFinite(value)) return MISSING_TEXT;
  switch (style) {
    case 'int': {
      const s = fixed(value, 0);
      return s.startsWith('-') ? `-${withCommas(s.slice(1))}` : withCommas(s);
    }
    case 'year':
    case 'plain':
      return fixed(value, 0);
    case 'dec1':
      return fixed(value, 1);
    case 'dec2':
      return fixed(value, 2);
    case 'dec3':
      return fixed(value, 3);
    case 'dec4':
      return fixed(value, 4);
    case 'pct0':
      return `${fixed(value * 100, 0)}%`;
    case 'pct1':
      return `${fixed(value * 100, 1)}%`;
    case 'pval':
      return value < pFloor ? `<${fixed(pFloor, 3)}` : fixed(value, 3);
    case 'thousands':
      return formatNumber(value * 1000, 'int');
    case 'pp1':
      return fixed(value * 100, 1);
    case 'coef':
      return value === 0 || Math.abs(value) >= 0.01 ? fixed(value, 3) : value.toPrecision(2);
  }
}

/** Reads numbers from a JSON document by pointer and formats them. */
export interface Formatter {
  /** The number at `pointer`, formatted; throws if the path is absent or not a number/null. */
  num(pointer: string, style: FormatStyle): string;
  /** The string at `pointer` (for labels, reasons, versions that live in the JSON). */
  str(pointer: string): string;
  /** The raw value at `pointer` (for control flow, never for printing). */
  value(pointer: string): unknown;
}

/**
 * The only way the report writer prints numbers: every number is looked up in the JSON by its
 * JSON Pointer, so report.md cannot contain a number that numbers.json lacks.
 * @example createFormatter({ share: 0.44, conventions: { pValueFloor: 0.001 } }).num('/share', 'pct0') // => '44%'
 */
export function createFormatter(root: unknown): Formatter {
  let pFloor = 0.001;
  try {
    const f = readPointer(root, '/conventions/pValueFloor');
    if (typeof f === 'number') pFloor = f;
  } catch {
    // documents without conventions use the default floor
  }
  return {
    num(pointer, style) {
      const v = readPointer(root, pointer);
      if (v !== null && typeof v !== 'number') throw new Error(`${pointer} is not a number`);
      return formatNumber(v, style, pFloor);
    },
    str(pointer) {
      const v = readPointer(root, pointer);
      if (typeof v !== 'string') throw new Error(`${pointer} is not a string`);
      return v;
    },
    value(pointer) {
      return readPointer(root, pointer);
    },
  };
}

/** A number as written in prose or tables: optional sign, digits with commas, decimals, optional %. */
export const NUMBER_TOKEN = /(?<![\w.])-?\d[\d,]*(?:\.\d+)?%?/g;

/**
 * Every number token in a text (used by the test that checks report.md against numbers.json).
 * Digits inside identifiers (`lag1`, `log1p`) are not numbers.
 * @example numberTokens('44.1% of 1,234 months; un_troops_k_lag1') // => ['44.1%', '1,234']
 */
export function numberTokens(text: string): string[] {
  return [...text.matchAll(NUMBER_TOKEN)].map((m) => m[0].replace(/,$/, ''));
}

/**
 * Everything the formatter could write from a JSON document: each number in every style, and the
 * number tokens inside its strings. A report token outside this set was not taken from the JSON.
 * @example allRenderings({ a: 0.5 }).has('50%') // => true
 */
export function allRenderings(root: unknown): Set<string> {
  const out = new Set<string>([MISSING_TEXT]);
  let pFloor = 0.001;
  try {
    const f = readPointer(root, '/conventions/pValueFloor');
    if (typeof f === 'number') pFloor = f;
  } catch {
    // default floor
  }
  const walk = (node: unknown): void => {
    if (typeof node === 'number') {
      for (const s of FORMAT_STYLES) {
        const text = formatNumber(node, s, pFloor);
        out.add(text);
        for (const t of numberTokens(text)) out.add(t);
      }
    } else if (typeof node === 'string') {
      for (const t of numberTokens(node)) out.add(t);
    } else if (Array.isArray(node)) {
      for (const x of node) walk(x);
    } else if (node !== null && typeof node === 'object') {
      for (const x of Object.values(node)) walk(x);
    }
  };
  walk(root);
  return out;
}
