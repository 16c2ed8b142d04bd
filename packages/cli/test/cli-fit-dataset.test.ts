// `peacepanel fit --dataset ID` and `--main`: the bundled datasets and the declared main specification
// (issue 11: "fit works on africa-conflict-month") fitted from the command line, equal to fitModel.
import { readFileSync } from 'node:fs';
import { fitModel, MAIN_DATASET_ID, MAIN_SPEC, tableFromDataset } from '@peacepanel/core';
import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';

const datasets = new URL('../../data/datasets/', import.meta.url);

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('peacepanel fit --dataset / --main', () => {
  it('--main fits MAIN_SPEC on africa-conflict-month, as fitModel does', async () => {
    const r = await run(['fit', '--main', '--json']);
    expect(r.code).toBe(0);
    const cli = JSON.parse(r.out);
    const json = JSON.parse(readFileSync(new URL(`${MAIN_DATASET_ID}.json`, datasets), 'utf8'));
    const direct = fitModel(MAIN_SPEC, tableFromDataset(json));
    expect(cli.n).toBe(direct.n);
    expect(cli.input.read).toMatch(/^africa-conflict-month v[\d.]+ read as bundled dataset$/);
    expect(cli.coefficients.map((c: { term: string }) => c.term)).toEqual(
      direct.coefficients.map((c) => c.term),
    );
    cli.coefficients.forEach((c: { estimate: number; stdError: number }, i: number) => {
      expect(c.estimate).toBeCloseTo(direct.coefficients[i]!.estimate, 12);
      expect(c.stdError).toBeCloseTo(direct.coefficients[i]!.stdError, 12);
    });
  });

  it('--dataset with a formula, and an option overriding part of --main', async () => {
    const r = await run(['fit', '--main', '--family', 'poisson', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).family).toBe('poisson');
    const d = await run(['fit', '--dataset', 'africa-cm', '--formula', 'battle_deaths ~ un_troops_k_lag1']);
    expect(d.code).toBe(0);
    expect(d.out).toMatch(/Data: africa-cm v[\d.]+ read as bundled dataset/);
  });

  it('both --data and --dataset, or an unknown dataset: exit 2 with one line', async () => {
    const both = await run(['fit', '--data', 'x.csv', '--dataset', 'africa-cm', '--formula', 'y ~ x']);
    expect(both.code).toBe(2);
    expect(both.err).toMatch(/--dataset/);
    const unknown = await run(['fit', '--dataset', 'no-such-data', '--formula', 'y ~ x']);
    expect(unknown.code).toBe(2);
    expect(unknown.err.split('\n').filter(Boolean).length).toBeLessThanOrEqual(2);
  });
});
