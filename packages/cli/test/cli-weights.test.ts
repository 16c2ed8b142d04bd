// `peacepanel fit --weights COL`: the weighted fit, and bad weights as a located error with exit code 2.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';

const ref = JSON.parse(
  readFileSync(new URL('../../core/test/fixtures/weights-reference.json', import.meta.url), 'utf8'),
) as { cases: { quine_nb: { coefficients: number[]; logLik: number } } };

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** quine.csv with a column w = 1 + (row mod 3), as weights-reference.R makes it; `edit` changes a weight. */
function quineWithWeights(edit?: { row: number; value: string }): string {
  const lines = readFileSync(new URL('../../core/test/fixtures/quine.csv', import.meta.url), 'utf8')
    .trim()
    .split('\n');
  const out = lines.map((l, i) =>
    i === 0 ? `${l},"w"` : `${l},${edit && edit.row === i ? edit.value : 1 + ((i - 1) % 3)}`,
  );
  const file = join(mkdtempSync(join(tmpdir(), 'peacepanel-w-')), 'quine-w.csv');
  writeFileSync(file, `${out.join('\n')}\n`);
  return file;
}

describe('peacepanel fit --weights', () => {
  it('fits with frequency weights (R glm.nb(weights =) numbers)', async () => {
    const file = quineWithWeights();
    const r = await run([
      'fit',
      '--data',
      file,
      '--formula',
      'Days ~ Eth + Sex + Age + Lrn',
      '--weights',
      'w',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.weights).toEqual({ column: 'w', total: 291 });
    expect(j.logLik).toBeCloseTo(ref.cases.quine_nb.logLik, 6);
    j.coefficients.forEach((c: { estimate: number }, k: number) => {
      expect(c.estimate).toBeCloseTo(ref.cases.quine_nb.coefficients[k] as number, 6);
    });
    const text = await run(['fit', '--data', file, '--formula', 'Days ~ Eth', '--weights', 'w']);
    expect(text.out).toContain('frequency weights w (Σ w = 291)');
  });

  it('a negative or missing weight: exit 2, file, line and column named', async () => {
    const neg = quineWithWeights({ row: 5, value: '-2' });
    const r = await run(['fit', '--data', neg, '--formula', 'Days ~ Eth', '--weights', 'w']);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${neg}:6, column "w"`);
    expect(r.err).toContain('negative (-2) in data row 5');
    const missing = quineWithWeights({ row: 3, value: 'NA' });
    const m = await run(['fit', '--data', missing, '--formula', 'Days ~ Eth', '--weights', 'w']);
    expect(m.code).toBe(2);
    expect(m.err).toContain(`${missing}:4, column "w"`);
    expect(m.err).toContain('missing');
    const none = await run(['fit', '--data', neg, '--formula', 'Days ~ Eth', '--weights', 'wt']);
    expect(none.code).toBe(2);
    expect(none.err).toContain('"wt"');
  });
});
