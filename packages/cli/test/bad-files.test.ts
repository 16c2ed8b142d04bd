// The bad-file corpus (test/fixtures/bad, issue 15) against the CLI: each file gives its expected
// exit code and message on one line, never a stack trace.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';

interface BadCase {
  file: string;
  failure: string;
  formula: string;
  fit: { exit: number; message: string };
  describe: { exit: number; message: string };
}

const dir = new URL('../../core/test/fixtures/bad/', import.meta.url);
const cases: BadCase[] = JSON.parse(readFileSync(new URL('cases.json', dir), 'utf8'));

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err };
}

function expectOutcome(
  r: { code: number; out: string; err: string[] },
  want: { exit: number; message: string },
) {
  expect(r.code, r.err.join('\n')).toBe(want.exit);
  if (want.exit === 0) expect(r.out).toMatch(new RegExp(want.message));
  else {
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).not.toMatch(/internal error|\n\s+at /);
    expect(r.err[0]).toMatch(new RegExp(want.message));
  }
}

describe('bad-file corpus through the CLI', () => {
  it('has one case per file', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });
  for (const c of cases) {
    const file = new URL(c.file, dir).pathname;
    it(`fit: ${c.file} (${c.failure})`, async () => {
      expectOutcome(await run(['fit', '--data', file, '--formula', c.formula, '--family', 'poisson']), c.fit);
    });
    it(`describe: ${c.file}`, async () => {
      expectOutcome(await run(['describe', '--data', file]), c.describe);
    });
  }
});
