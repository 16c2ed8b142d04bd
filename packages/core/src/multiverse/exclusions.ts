import type { Grid, SpecChoices } from './grid.js';

/** A declared rule removing combinations that make no sense (after `multiverse`'s `branch_assert`). */
export interface ExclusionRule {
  id: string;
  /** Why the combination is left out, in one line. */
  reason: string;
  /** True when the rule removes this combination. */
  excludes: (choices: SpecChoices, grid: Grid) => boolean;
}

/**
 * The exclusion rules of the multiverse grid:
 * - `inference-not-available`: an inference option core cannot run yet (declared with
 *   `available: false`, e.g. the wild cluster score bootstrap) is dropped, not silently run as CR1;
 * - `conflict-month-active-is-all`: the conflict-month panel holds only active conflict-years, so
 *   "active conflict-months" would duplicate "all months" there.
 * Reference: Steegen, Tuerlinckx, Gelman & Vanpaemel (2016), "Increasing transparency through a
 * multiverse analysis", Perspectives on Psychological Science 11(5): only defensible combinations.
 */
export const EXCLUSION_RULES: readonly ExclusionRule[] = [
  {
    id: 'inference-not-available',
    reason: 'the wild cluster score bootstrap is declared but not in core yet (hook left for it)',
    excludes: (c, grid) => unavailable(grid, 'inference', c.inference),
  },
  {
    id: 'conflict-month-active-is-all',
    reason: 'the conflict-month panel has only active conflict-years, so "active" would repeat "all months"',
    excludes: (c) => c.unit === 'conflict-month' && c.sample === 'active',
  },
];

function unavailable(grid: Grid, name: 'inference', option: string): boolean {
  const choice = grid.find((c) => c.name === name);
  return choice?.options.find((o) => o.id === option)?.available === false;
}
