// Issue 15 item 3: a spread of a large array into a call (`keep.push(...rows)`, `Math.max(...xs)`,
// `String.fromCharCode(...bytes)`) overflows the call stack beyond about 100,000 elements. This scan
// of every package's source fails on any new spread into such a call; the few left are listed here
// with why their arrays stay small.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = new URL('../../../', import.meta.url).pathname;
const ROOTS = [
  'packages/core/src',
  'packages/cli/src',
  'packages/charts/src',
  'packages/worker/src',
  'packages/widget/src',
  'packages/data/scripts',
  'apps/demo/src',
];
const SPREAD_CALL =
  /\b(?:push|unshift|Math\.(?:max|min|hypot)|fromCharCode|fromCodePoint)\((?:[^()[\]{}]*,)?\s*\.\.\./g;
/\b(?:push|unshift|Math\.(?:max|min|hypot)|fromCharCode|fromCodePoint)\([^)]*\.\.\.(?![\s\]}])/g;

/** Spreads whose arrays are small by construction: file → number allowed, and why. */
const ALLOWED: Record<string, { count: number; why: string }> = {
  'packages/cli/src/main.ts': { count: 1, why: 'the command names' },
  'packages/cli/src/commands/fit.ts': {
    count: 2,
    why: 'coefficient rows of a design capped at 2,000 columns; warnings',
  },
  'packages/core/src/estimators/fit-model-steps.ts': { count: 2, why: 'warning lists' },
  'packages/core/src/estimators/two-part/fit.ts': { count: 1, why: 'warning list' },
  'packages/core/src/multiverse/summary.ts': {
    count: 2,
    why: 'mean estimate per option of one choice (2–4 options)',
  },
  'packages/core/src/results/summary-text.ts': {
    count: 2,
    why: 'coefficient rows of a printed summary; column widths of a few table columns',
  },
  'packages/charts/src/report-charts.ts': {
    count: 7,
    why: 'points and legend entries of a report figure (months or years)',
  },
  'packages/charts/src/trend-chart.ts': { count: 1, why: 'years of the panel' },
  'packages/charts/src/scenario-chart.ts': { count: 2, why: 'four scenarios' },
  'packages/charts/src/effect-chart.ts': { count: 1, why: '41 grid points per curve, a few curves' },
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|mjs|js)$/.test(name) ? [p] : [];
  });
}

describe('no spread of a large array into a call', () => {
  it('every remaining spread into push / Math.max / Math.min / Math.hypot / fromCharCode is listed as small', () => {
    const found: Record<string, number> = {};
    for (const root of ROOTS)
      for (const file of files(join(repo, root))) {
        const text = readFileSync(file, 'utf8');
        const n = [...text.matchAll(SPREAD_CALL)].length;
        if (n) found[relative(repo, file)] = n;
      }
    for (const [file, n] of Object.entries(found))
      expect(
        n,
        `${file}: ${n} spread(s) into a call; use a loop, or list it in ALLOWED with why it stays small`,
      ).toBeLessThanOrEqual(ALLOWED[file]?.count ?? 0);
  });
});
