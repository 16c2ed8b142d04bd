// `peacepanel fit --data file.dta|file.parquet`: the same fit as from the CSV; a corrupt file is exit
// code 2 with one line naming the file.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';

const fixture = (name: string) => new URL(`../../core/test/fixtures/${name}`, import.meta.url).pathname;

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const fit = (data: string) =>
  run(['fit', '--data', data, '--formula', 'Days ~ Eth + Sex + Age + Lrn', '--vcov', 'robust', '--json']);

describe('peacepanel fit --data .dta / .parquet', () => {
  it('Stata 117–119 and Parquet (snappy, gzip) give the fit of the CSV', async () => {
    // the fit is the same; only `input` (which file, how it was read) differs
    const { input: csvInput, ...csv } = JSON.parse((await fit(fixture('quine.csv'))).out);
    expect(csvInput.dialect.delimiter).toBe(',');
    for (const file of [
      'quine-117.dta',
      'quine-118.dta',
      'quine-119.dta',
      'quine-snappy.parquet',
      'quine-gzip.parquet',
    ]) {
      const r = await fit(fixture(`files/${file}`));
      expect(r.code).toBe(0);
      const { input, ...fitted } = JSON.parse(r.out);
      expect(input).toEqual({
        file: fixture(`files/${file}`),
        read: `${fixture(`files/${file}`)} read as ${file.endsWith('.dta') ? 'Stata .dta' : 'Parquet'}`,
        dialect: null,
      });
      expect(fitted).toEqual(csv);
    }
  });

  it('a corrupt .dta or Parquet file: exit 2, one line naming the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'peacepanel-files-'));
    for (const [name, source] of [
      ['cut.dta', 'files/quine-118.dta'],
      ['cut.parquet', 'files/quine-snappy.parquet'],
    ] as const) {
      const full = readFileSync(fixture(source));
      const file = join(dir, name);
      writeFileSync(file, full.subarray(0, Math.floor(full.length / 2)));
      const r = await fit(file);
      expect(r.code).toBe(2);
      expect(r.err.split('\n')).toHaveLength(1);
      expect(r.err).toContain(`${file}: not a readable`);
    }
    const zstd = await fit(fixture('files/quine-zstd.parquet'));
    expect(zstd.code).toBe(2);
    expect(zstd.err).toContain('ZSTD');
  });
});
