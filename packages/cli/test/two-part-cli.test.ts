// Zero-inflated and hurdle models through `peacepanel fit`: the summary, errors for bad input, clustering,
// tables and the bootstraps (the models themselves are tested in packages/core/test/two-part.test.ts).

import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';

const quinePath = new URL('../../core/test/fixtures/quine.csv', import.meta.url).pathname;

describe('peacepanel fit: new options', () => {
  async function run(args: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  }
  const base = ['fit', '--data', quinePath];
  it('--model zinb prints the pscl-like summary', async () => {
    const r = await run([...base, '--formula', 'Days ~ Eth + Sex + Age + Lrn | Sex', '--model', 'zinb']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/zeroinfl\(formula = Days ~ Eth \+ Sex \+ Age \+ Lrn \| Sex, dist = "negbin"\)/);
  });
  it('exit 2 with a located message for bad input to each new path', async () => {
    const cases: [string[], RegExp][] = [
      [['--formula', 'Days ~ Eth | Sex + zz', '--model', 'zip'], /quine\.csv, column "zz": in the zero part/],
      [['--formula', 'Days ~ Eth | Sex | Age', '--model', 'zip'], /takes one "\|"/],
      [['--formula', 'Days ~ Eth', '--model', 'zinc'], /--model: "zinc" is not one of zip, zinb/],
      [
        ['--formula', 'Days ~ Eth', '--cluster', 'Eth,Age,Sex'],
        /--cluster: "Eth,Age,Sex" names more than two columns/,
      ],
      [['--formula', 'Days ~ Eth', '--cluster', 'Eth,nope'], /column "nope"/],
      [['--formula', 'Days ~ Eth', '--bootstrap', '-5'], /--bootstrap: "-5" is not a whole number/],
      [['--formula', 'Days ~ Eth', '--bootstrap', '9', '--wild'], /needs a cluster column/],
      [['--formula', 'Days ~ Eth', '--table', 'docx'], /--table: "docx" is not one of html, md, csv, tex/],
    ];
    for (const [args, message] of cases) {
      const r = await run([...base, ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toMatch(message);
    }
  });
  it('--cluster A,B and --table md, --bootstrap --wild', async () => {
    const r = await run([
      ...base,
      '--formula',
      'Days ~ Sex + Lrn',
      '--cluster',
      'Eth,Age',
      '--convention',
      'sandwich',
      '--table',
      'md',
      '--bootstrap',
      '9',
      '--seed',
      '2',
      '--wild',
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/two-way cluster-robust by Eth \(G = 2\) and Age \(G = 4; intersection 8\)/);
    expect(r.out).toMatch(
      /Wild cluster score bootstrap \(Kline & Santos 2012\), Webb weights, B = 9, seed 2/,
    );
  });
});
