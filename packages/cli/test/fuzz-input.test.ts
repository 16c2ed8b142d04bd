// Issue 15, general guard: a seeded property-based fuzz test over CSV bytes × formulas × options for
// `fit`, `describe` and the panel reader. The outcome is always a result that passes the sanity gate
// (exit 0) or a one-line user error (exit 2) — never exit 0 with impossible numbers, never an internal
// error or a stack trace. Inputs are small (≤ 24 rows), so every case runs in milliseconds; a hang
// would exceed the property's and the test's time limits.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeText, isUserError, PARTNERSHIP_PANEL_REQUIREMENTS, parsePanelCsv } from '@peacepanel/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';

const SEED = 20_151_215;
const dir = mkdtempSync(join(tmpdir(), 'peacepanel-fuzz-'));

const NAMES = ['y', 'x', 'z', 'g', 'country', 'ym', 'battle_deaths', 'un_troops', 'nonun_troops'] as const;

/** A cell as people and programs write them: numbers in both conventions, extremes, words, months, gaps. */
const cell = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 60 }).map(String) },
  { weight: 3, arbitrary: fc.double({ min: -5, max: 50, noNaN: true }).map((v) => v.toFixed(2)) },
  {
    weight: 2,
    arbitrary: fc.double({ min: 0, max: 50, noNaN: true }).map((v) => v.toFixed(2).replace('.', ',')),
  },
  { weight: 1, arbitrary: fc.integer({ min: 1000, max: 99_999 }).map((v) => `"${v.toLocaleString('en')}"`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('-3', '1e300', '1e999', '-1e200', '1e-300', '0', '9007199254740993'),
  },
  { weight: 2, arbitrary: fc.constantFrom('', 'NA', '.', 'Mali', 'Chad', 'a b', '"x,y"', '12k', 'NaN') },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 30 }).map((m) => `20${10 + (m % 10)}-0${1 + (m % 9)}`) },
  { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
);

/** Arbitrary CSV text: any header of the known names (sometimes duplicated), any cells. */
const hostileText = fc
  .record({
    header: fc.uniqueArray(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 6 }),
    duplicate: fc.boolean(),
    delimiter: fc.constantFrom(',', ';', '\t', '|'),
    rows: fc.array(fc.array(cell, { minLength: 6, maxLength: 7 }), { maxLength: 24 }),
  })
  .map(({ header, duplicate, delimiter, rows }) => {
    const names = duplicate ? [...header, header[0] as string] : header;
    const lines = [names.join(delimiter), ...rows.map((r) => r.slice(0, names.length).join(delimiter))];
    return `${lines.join('\n')}\n`;
  });

/**
 * A well-formed panel (three countries, consecutive months, counts and troop numbers) in any
 * separator and decimal convention, with up to two cells replaced by hostile ones.
 */
const panelText = fc
  .record({
    n: fc.integer({ min: 6, max: 24 }),
    delimiter: fc.constantFrom(',', ';', '\t', '|'),
    decimalComma: fc.boolean(),
    values: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 24 * 4, maxLength: 24 * 4 }),
    corrupt: fc.array(fc.record({ row: fc.nat(), col: fc.nat(), value: cell }), { maxLength: 2 }),
  })
  .map(({ n, delimiter, decimalComma, values, corrupt }) => {
    const header = ['country', 'ym', 'g', 'y', 'x', 'z', 'battle_deaths', 'un_troops', 'nonun_troops'];
    const dec = (v: number) => {
      const t = v.toFixed(2);
      return decimalComma && delimiter !== ',' ? t.replace('.', ',') : t;
    };
    const rows = Array.from({ length: n }, (_, i) => {
      const v = (k: number) => values[i * 4 + k] as number;
      const month = Math.floor(i / 3);
      return [
        ['Mali', 'Chad', 'Niger'][i % 3] as string,
        `2013-${String(1 + (month % 12)).padStart(2, '0')}`,
        ['a', 'b', 'c'][v(0) % 3] as string,
        String(v(1)),
        dec(v(2) / 7),
        dec((v(3) * 13) % 17),
        String(v(1) * 3),
        String(v(2) * 100),
        String(v(3) * 50),
      ];
    });
    for (const c of corrupt) {
      const row = rows[c.row % rows.length] as string[];
      row[c.col % header.length] = c.value;
    }
    return `${[header, ...rows].map((r) => r.join(delimiter)).join('\n')}\n`;
  });

/** CSV bytes: hostile or well-formed text, in an encoding, sometimes cut short. */
const csvBytes = fc
  .record({
    text: fc.oneof({ weight: 2, arbitrary: hostileText }, { weight: 3, arbitrary: panelText }),
    encoding: fc.constantFrom('utf8', 'utf8', 'utf8', 'utf16le', 'utf16le-bom'),
    cut: fc.oneof({ weight: 7, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.nat() }),
  })
  .map(({ text, encoding, cut }) => {
    let bytes: Uint8Array =
      encoding === 'utf8'
        ? Buffer.from(text, 'utf8')
        : Buffer.concat([
            encoding === 'utf16le-bom' ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0),
            Buffer.from(text, 'utf16le'),
          ]);
    if (cut !== null) bytes = bytes.subarray(0, cut % (bytes.length + 1));
    return new Uint8Array(bytes);
  });

const formula = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      'y ~ x',
      'y ~ x + z',
      'y ~ x * z',
      'y ~ factor(g)',
      'y ~ log1p(x) + I(z / 1000)',
      'y ~ x | g',
      'y ~ x + z | country',
      'y ~ x + offset(log1p(z))',
      'y ~ factor(g) * factor(country)',
      'battle_deaths ~ un_troops * nonun_troops',
      'battle_deaths ~ factor(country) * factor(ym)',
      'y ~ lag(x, 1)',
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom('y ~', '~ x', 'y ~ x +', 'y ~ log(') },
);

const options = fc.record({
  family: fc.constantFrom('negbin', 'poisson'),
  vcov: fc.constantFrom('model', 'robust', 'cluster', 'oim'),
  unitTime: fc.boolean(),
});

let counter = 0;
function writeCase(bytes: Uint8Array): string {
  const file = join(dir, `case-${counter++}.csv`);
  writeFileSync(file, bytes);
  return file;
}

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err };
}

/** A user error: one line, exit 2, no internal error and no stack trace. */
function expectUserError(r: { code: number; err: string[] }): void {
  expect(r.code, r.err.join('\n')).toBe(2);
  expect(r.err).toHaveLength(1);
  expect(r.err[0]).not.toMatch(/internal error|\n\s+at |RangeError|TypeError/);
}

interface JsonFit {
  n: number;
  logLik: number | null;
  deviance: number | null;
  theta: number | null;
  coefficients: { term: string; estimate: number | null; stdError: number | null; aliased: boolean }[];
  warnings: string[];
}

/** The sanity gate as seen in the `--json` output (non-finite numbers print as null). */
function expectSane(j: JsonFit): void {
  expect(j.logLik).not.toBeNull();
  expect(j.logLik as number).toBeLessThanOrEqual(1e-8 * (1 + j.n));
  expect(j.deviance).not.toBeNull();
  expect(j.deviance as number).toBeGreaterThanOrEqual(-1e-6 * (1 + j.n));
  for (const c of j.coefficients.filter((k) => !k.aliased)) {
    expect(c.estimate, c.term).not.toBeNull();
    if (c.stdError === null) expect(j.warnings.join(' ')).toMatch(/standard errors/);
  }
}

describe('fuzz: CSV bytes × formulas × options (seeded)', () => {
  it('fit gives a sane result or a one-line user error', async () => {
    await fc.assert(
      fc.asyncProperty(csvBytes, formula, options, async (bytes, f, o) => {
        const args = ['fit', '--data', writeCase(bytes), '--formula', f, '--family', o.family, '--json'];
        args.push('--vcov', o.vcov);
        if (o.vcov === 'cluster') args.push('--cluster', 'g');
        if (o.unitTime) args.push('--unit', 'country', '--time', 'ym');
        const r = await run(args);
        if (r.code === 0) expectSane(JSON.parse(r.out) as JsonFit);
        else expectUserError(r);
      }),
      { seed: SEED, numRuns: 300, timeout: 10_000 },
    );
  }, 240_000);

  it('describe gives a summary or a one-line user error', async () => {
    await fc.assert(
      fc.asyncProperty(csvBytes, async (bytes) => {
        const r = await run(['describe', '--data', writeCase(bytes), '--json']);
        if (r.code === 0) expect(() => JSON.parse(r.out)).not.toThrow();
        else expectUserError(r);
      }),
      { seed: SEED + 1, numRuns: 300, timeout: 10_000 },
    );
  }, 240_000);

  it('the panel reader (demo upload, widget data-src) returns a table or a located user error', () => {
    fc.assert(
      fc.property(csvBytes, fc.boolean(), (bytes, requirePanel) => {
        try {
          const { text, encoding } = decodeText(bytes, 'fuzz.csv');
          const r = parsePanelCsv(text, {
            file: 'fuzz.csv',
            encoding,
            ...(requirePanel ? { require: PARTNERSHIP_PANEL_REQUIREMENTS } : {}),
          });
          for (const col of Object.values(r.table.columns))
            if (col.kind === 'number')
              for (const v of col.values) expect(Number.isNaN(v) || Number.isFinite(v)).toBe(true);
        } catch (e) {
          if (!isUserError(e)) throw e;
          expect(e.location?.file).toBe('fuzz.csv');
        }
      }),
      { seed: SEED + 2, numRuns: 1000 },
    );
  });
});
