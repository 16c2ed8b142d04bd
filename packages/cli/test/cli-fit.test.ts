import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';

const quine = new URL('../../core/test/fixtures/quine.csv', import.meta.url).pathname;

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err };
}

function tmpCsv(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'peacepanel-fit-'));
  const file = join(dir, 'data.csv');
  writeFileSync(file, text);
  return file;
}

describe('peacepanel fit', () => {
  it('prints an R summary()-like table', async () => {
    const r = await run(['fit', '--data', quine, '--formula', 'Days ~ Eth + Sex + Age + Lrn']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Negative binomial \(NB2\) regression: Days ~ Eth \+ Sex \+ Age \+ Lrn/);
    expect(r.out).toMatch(/EthN\s+-0\.56937\s+0\.15333\s+-3\.713/);
    expect(r.out).toMatch(/Theta: 1\.2749 \(SE 0\.16104\)/);
    expect(r.out).toMatch(/Log-likelihood: -546\.5755 \(df 8\); AIC 1109\.151/);
  });

  it('--json prints the documented object', async () => {
    const r = await run(['fit', '--data', quine, '--formula', 'Days ~ Eth + Sex', '--vcov', 'oim', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    for (const key of [
      'family',
      'n',
      'nExcluded',
      'converged',
      'iterations',
      'theta',
      'alpha',
      'logLik',
      'aic',
      'bic',
      'vcov',
      'coefficients',
      'warnings',
    ])
      expect(j).toHaveProperty(key);
    expect(j.family).toBe('negbin');
    expect(j.vcov).toBe('oim');
    expect(j.n).toBe(146);
    expect(Object.keys(j.coefficients[0])).toEqual(
      expect.arrayContaining(['term', 'estimate', 'stdError', 'z', 'p', 'ciLow', 'ciHigh']),
    );
    expect(j.coefficients.map((c: { term: string }) => c.term)).toEqual(['(Intercept)', 'EthN', 'SexM']);
    expect(j.alpha).toBeCloseTo(1 / j.theta, 12);
  });

  it('Poisson with cluster-robust SEs and panel lags', async () => {
    const file = tmpCsv(
      'unit,t,y,x,g\na,1,1,0.5,u\na,2,3,0.1,u\na,3,2,0.7,u\nb,1,0,0.3,v\nb,2,4,0.9,v\nb,3,1,0.2,v\nc,1,2,0.4,w\nc,2,5,0.8,w\nc,3,3,0.6,w\n',
    );
    const r = await run([
      'fit',
      '--data',
      file,
      '--formula',
      'y ~ x + lag(y, 1)',
      '--family',
      'poisson',
      '--cluster',
      'g',
      '--unit',
      'unit',
      '--time',
      't',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.family).toBe('poisson');
    expect(j.n).toBe(6);
    expect(j.nExcluded).toBe(3);
    expect(j.vcov).toBe('cluster');
    expect(j.theta).toBeNull();
    expect(j.coefficients.map((c: { term: string }) => c.term)).toEqual(['(Intercept)', 'x', 'lag(y, 1)']);
  });

  it.each([
    [['fit', '--data', 'missing.csv', '--formula', 'y ~ x'], /missing\.csv: file not found/],
    [
      ['fit', '--data', quine, '--formula', 'Days ~ Eth + Nope'],
      /quine\.csv, column "Nope": no column "Nope"/,
    ],
    [['fit', '--data', quine, '--formula', 'Days ~ (Eth'], /cannot read formula .* \(at character 12\)/],
    [
      ['fit', '--data', quine, '--formula', 'Eth ~ Sex'],
      /quine\.csv:2, column "Eth": value "A" is not a count/,
    ],
    [
      ['fit', '--data', quine, '--formula', 'Days ~ Eth', '--family', 'gamma'],
      /--family: "gamma" is not one of negbin, poisson/,
    ],
    [['fit', '--formula', 'Days ~ Eth'], /--data/],
  ])('user mistake %# exits 2 with one located line', async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(message);
    expect(r.err[0]).not.toMatch(/\n\s+at /);
  });

  it('negative counts name the file line', async () => {
    const file = tmpCsv('y,x\n1,2\n3,4\n-1,5\n2,1\n');
    const r = await run(['fit', '--data', file, '--formula', 'y ~ x']);
    expect(r.code).toBe(2);
    expect(r.err[0]).toMatch(/data\.csv:4, column "y": outcome "y" is negative \(-1\)/);
  });

  it('a word among the numbers of a regressor is a located typo, not a category', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => `${i % 5},${i === 7 ? 'abc' : i * 1.5}`);
    const file = tmpCsv(`y,x\n${rows.join('\n')}\n`);
    const r = await run(['fit', '--data', file, '--formula', 'y ~ x', '--family', 'poisson']);
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(/data\.csv:9, column "x": value "abc" is not a number\. Fix: /);
  });
  it('--subset fits the rows where the condition holds and reports the others', async () => {
    const r = await run([
      'fit',
      '--data',
      quine,
      '--formula',
      'Days ~ Eth + Sex',
      '--subset',
      'Age != "F3"',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.exclusions).toEqual([
      expect.objectContaining({ reason: 'outside the subset Age != "F3"', count: 33 }),
    ]);
    expect(j.n + j.nExcluded).toBe(146);
    const bad = await run(['fit', '--data', quine, '--formula', 'Days ~ Eth', '--subset', 'age != "F3"']);
    expect(bad.code).not.toBe(0);
    expect(bad.err.join('\n')).toMatch(
      /quine\.csv, column "age": subset "age != "F3"" reads column "age".*columns: Eth, Sex, Age, Lrn, Days/,
    );
  });
});
