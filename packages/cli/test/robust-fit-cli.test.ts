// Issue 15, items 1, 2 and 8 through `peacepanel fit`: no silent wrong result, no crash (the library side is
// in packages/core/test/robust-fit.test.ts).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeText } from '@peacepanel/core';
import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err };
}

function tmpFile(text: string | Uint8Array, name = 'data.csv'): string {
  const dir = mkdtempSync(join(tmpdir(), 'peacepanel-robust-'));
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** 30 rows of y (counts) and x (a real number), written with `write`. */
function rows(write: (y: number, x: number) => string): string {
  return Array.from({ length: 30 }, (_, i) => write((i * 7) % 11, 0.1 * ((i * 13) % 17) + 0.05)).join('\n');
}

describe('item 1: numbers written the European way', () => {
  const reference = `y,x\n${rows((y, x) => `${y},${x.toFixed(2)}`)}\n`;

  it('a semicolon file with decimal commas fits as numbers and says how it was read', async () => {
    const euro = `y;x\n${rows((y, x) => `${y};${x.toFixed(2).replace('.', ',')}`)}\n`;
    const a = await run(['fit', '--data', tmpFile(reference), '--formula', 'y ~ x', '--json']);
    const b = await run(['fit', '--data', tmpFile(euro), '--formula', 'y ~ x', '--json']);
    expect(b.code).toBe(0);
    const ja = JSON.parse(a.out);
    const jb = JSON.parse(b.out);
    expect(jb.coefficients.map((c: { term: string }) => c.term)).toEqual(['(Intercept)', 'x']);
    expect(jb.coefficients[1].estimate).toBeCloseTo(ja.coefficients[1].estimate, 10);
    expect(jb.input.read).toMatch(/semicolon-separated, decimal comma/);
    const text = await run(['fit', '--data', tmpFile(euro), '--formula', 'y ~ x']);
    expect(text.out).toMatch(/Data: .*read as semicolon-separated, decimal comma \(as R read\.csv2\)/);
  });

  it('quoted thousands separators ("1,500") are numbers, counted in the statement', async () => {
    const csv = `y,x\n${rows((y, x) => `${y},"${Math.round(x * 1000).toLocaleString('en')}"`)}\n`;
    const r = await run(['fit', '--data', tmpFile(csv), '--formula', 'y ~ x', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.coefficients.map((c: { term: string }) => c.term)).toEqual(['(Intercept)', 'x']);
    expect(j.input.read).toMatch(/numbers? with "," as thousands separator/);
  });

  it('decimal commas in a comma file are a located error, never dummy variables', async () => {
    const csv = `y,x\n${rows((y, x) => `${y},"${x.toFixed(2).replace('.', ',')}"`)}\n`;
    const r = await run(['fit', '--data', tmpFile(csv), '--formula', 'y ~ x']);
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(/data\.csv:2, column "x": value "0,[0-9]+" looks like a number but is not one/);
  });
});

describe('item 2: an absurd outcome and the sanity gate', () => {
  it('an outcome of 1e300 is a located error, not "Converged"', async () => {
    const csv = `y,x\n${rows((y, x) => `${y},${x}`)}\n1e300,0.5\n`;
    const r = await run(['fit', '--data', tmpFile(csv), '--formula', 'y ~ x']);
    expect(r.code).toBe(2);
    expect(r.err[0]).toMatch(/data\.csv:32, column "y": outcome "y" is 1e\+300 .*beyond the largest count/);
  });

  it('a regressor of 1e200 is a located error', async () => {
    const csv = `y,x\n${rows((y, x) => `${y},${x}`)}\n3,1e200\n`;
    const r = await run(['fit', '--data', tmpFile(csv), '--formula', 'y ~ x']);
    expect(r.code).toBe(2);
    expect(r.err[0]).toMatch(/data\.csv:32, column "x": x is 1e\+200/);
  });
});

describe('item 8: messages that mislead', () => {
  it('"only n rows for p coefficients" counts the formula\'s coefficients, not the ones left', async () => {
    const csv = 'y,x,z\n1,1,2\n2,2,4\n';
    const r = await run(['fit', '--data', tmpFile(csv), '--formula', 'y ~ x + z', '--family', 'poisson']);
    expect(r.code).toBe(2);
    expect(r.err[0]).toMatch(/needs 3 coefficients but only 2 usable rows/);
  });

  it('a duplicated header is named, not merged', async () => {
    const r = await run(['fit', '--data', tmpFile('y,z,z\n1,2,3\n'), '--formula', 'y ~ z']);
    expect(r.code).toBe(2);
    expect(r.err[0]).toMatch(
      /data\.csv:1, column "z": column "z" appears twice in the header \(columns 2 and 3\)/,
    );
  });

  it('a UTF-16 file is detected and read (with or without a byte-order mark)', async () => {
    const text = `y,x\n${rows((y, x) => `${y},${x}`)}\n`;
    const le = new Uint8Array(Buffer.from(text, 'utf16le'));
    expect(decodeText(le).encoding).toBe('UTF-16LE');
    const withBom = new Uint8Array([0xff, 0xfe, ...le]);
    expect(decodeText(withBom)).toEqual({ text, encoding: 'UTF-16LE' });
    const r = await run(['fit', '--data', tmpFile(withBom), '--formula', 'y ~ x']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/decoded from UTF-16LE/);
  });
});
