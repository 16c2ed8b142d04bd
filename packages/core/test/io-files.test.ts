// Stata .dta (formats 117–119, written by R haven) and Parquet (written by DuckDB) readers: the same
// table as the CSV the files were made from, the values the writers hold, and corrupt files as a
// located error. Fixtures: test/fixtures/files (scripts/reference/data-files-reference.R and
// parquet-fixtures.mjs; see test/fixtures/README.md).
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readParquet } from '../src/io/parquet.js';
import { readStataDta } from '../src/io/stata-dta.js';
import type { Table } from '../src/table.js';
import { fixtureTable } from './fit-data.js';
import { thrown, thrownAsync } from './thrown.js';

const path = (name: string) => new URL(`./fixtures/files/${name}`, import.meta.url).pathname;
const bytes = (name: string) => new Uint8Array(readFileSync(path(name)));
const json = (name: string) => JSON.parse(readFileSync(path(name), 'utf8'));
const quine = fixtureTable('quine.csv');

/** Columns as plain arrays (NaN as null) for comparison. */
const plain = (t: Table) =>
  Object.fromEntries(
    Object.entries(t.columns).map(([k, c]) => [
      k,
      Array.from(c.values as ArrayLike<number | string | null>, (v) => (Number.isNaN(v) ? null : v)),
    ]),
  );

describe('Stata .dta reader', () => {
  for (const release of [117, 118, 119])
    it(`format ${release} (haven::write_dta) reads as the CSV it was written from`, () => {
      const t = readStataDta(bytes(`quine-${release}.dta`), `quine-${release}.dta`);
      expect(t.n).toBe(146);
      expect(plain(t)).toEqual(plain(quine));
    });

  it('missing values (. and .a), the largest long, UTF-8 text and strLs as R reads them', () => {
    const t = readStataDta(bytes('types-118.dta'), 'types-118.dta');
    const ref = json('types.json');
    const p = plain(t);
    expect(p.dbl).toEqual(ref.dbl);
    expect(p.whole).toEqual(ref.whole);
    expect(p.tagged).toEqual(ref.tagged);
    expect(p.txt).toEqual(ref.txt);
    expect(p.lng?.map((s) => (s === null ? null : new TextEncoder().encode(String(s)).length))).toEqual(
      ref.lng_nchar,
    );
  });

  it('a truncated or foreign file is a PARSE_ERROR naming the file and the byte', () => {
    const full = bytes('quine-118.dta');
    const cut = thrown(() => readStataDta(full.subarray(0, 2000), 'cut.dta'));
    expect(cut.code).toBe('PARSE_ERROR');
    expect(cut.location).toEqual({ file: 'cut.dta' });
    expect(cut.message).toMatch(/^not a readable Stata \.dta file: .*\(at byte \d+\)$/);
    const csv = thrown(() => readStataDta(new TextEncoder().encode('a,b\n1,2\n'), 'x.dta'));
    expect(csv.message).toContain('no <stata_dta> header');
    const old = thrown(() => readStataDta(Uint8Array.of(115, 1, 1, 0), 'old.dta'));
    expect(old.message).toContain('format 115 (Stata 12 or older)');
    expect(old.fix).toContain('version(13)');
    const bad = Uint8Array.from(full);
    bad.set(new TextEncoder().encode('120'), 28); // <stata_dta><header><release>120
    expect(thrown(() => readStataDta(bad, 'bad.dta')).message).toContain('format 120 is not supported');
  });
});

describe('Parquet reader (hyparquet)', () => {
  const gzip = { GZIP: (b: Uint8Array) => new Uint8Array(gunzipSync(b)) };
  for (const codec of ['snappy', 'gzip'])
    it(`${codec} (DuckDB) reads as the CSV it was written from`, async () => {
      const t = await readParquet(bytes(`quine-${codec}.parquet`), `quine-${codec}.parquet`, gzip);
      expect(t.n).toBe(146);
      expect(plain(t)).toEqual(plain(quine));
    });

  it('64-bit integers, booleans, NULLs, UTF-8 text and dates as DuckDB reads them', async () => {
    const t = await readParquet(bytes('types.parquet'), 'types.parquet');
    const ref = json('parquet.json').types as Record<string, unknown>[];
    const p = plain(t);
    expect(p.big).toEqual(ref.map((r) => (r.big === null ? null : Number(r.big))));
    expect(p.dbl).toEqual(ref.map((r) => r.dbl));
    expect(p.flag).toEqual(ref.map((r) => (r.flag === null ? null : r.flag ? 1 : 0)));
    expect(p.txt).toEqual(ref.map((r) => (r.txt === '' ? null : r.txt)));
    expect(p.day).toEqual(ref.map((r) => r.day));
  });

  it('a codec without a decompressor, a truncated file and a non-Parquet file are located errors', async () => {
    const zstd = await thrownAsync(() => readParquet(bytes('quine-zstd.parquet'), 'q.parquet'));
    expect(zstd.code).toBe('PARSE_ERROR');
    expect(zstd.location).toEqual({ file: 'q.parquet' });
    expect(zstd.fix).toContain('Snappy');
    const full = bytes('quine-snappy.parquet');
    const cut = await thrownAsync(() => readParquet(full.subarray(0, full.length - 40), 'cut.parquet'));
    expect(cut.message).toContain('magic bytes "PAR1"');
    const broken = Uint8Array.from(full);
    broken.fill(0xff, full.length - 200, full.length - 8); // the footer's metadata
    const meta = await thrownAsync(() => readParquet(broken, 'broken.parquet'));
    expect(meta.message).toMatch(/^not a readable Parquet file: /);
  });
});
