import { messages } from '../errors.js';
import { EXCLUSION_RULES, type ExclusionRule } from './exclusions.js';
import {
  CHOICE_NAMES,
  type ChoiceName,
  type Grid,
  MULTIVERSE_GRID,
  type SpecChoices,
  specId,
} from './grid.js';

/** One specification of the multiverse. */
export interface MultiverseSpec {
  /** Stable id: the option ids in `CHOICE_NAMES` order joined by `.` (see `specId`). */
  id: string;
  /** Position in the expanded grid (0-based, after exclusions). */
  index: number;
  choices: SpecChoices;
}

/** The expanded grid: the specifications kept and how many each rule removed. */
export interface ExpandedGrid {
  specs: MultiverseSpec[];
  /** Combinations before any rule (after `only`). */
  combinations: number;
  excluded: { rule: string; reason: string; count: number }[];
}

/** Options restricting a choice to some of its options (`--only model=nb2,unit=country-month`). */
export type OnlyOptions = Partial<Record<ChoiceName, readonly string[]>>;

/**
 * Expands the grid into every combination of options (the last choice varies fastest), restricted
 * by `only`, then removes the combinations an exclusion rule matches (the first matching rule is
 * credited). Deterministic: the same grid and rules give the same specifications in the same order.
 * Reference: `specr::setup()` (Masur & Scharkow); Steegen et al. (2016), Perspect. Psychol. Sci. 11(5).
 * @throws PeacepanelError BAD_OPTION when `only` names an unknown choice or option.
 * @example expandGrid().specs.length // the number of specifications of the multiverse
 */
export function expandGrid(
  only: OnlyOptions = {},
  grid: Grid = MULTIVERSE_GRID,
  rules: readonly ExclusionRule[] = EXCLUSION_RULES,
): ExpandedGrid {
  const lists = CHOICE_NAMES.map((name) => {
    const choice = grid.find((c) => c.name === name);
    if (!choice) throw new Error(`grid has no choice "${name}"`);
    const ids = choice.options.map((o) => o.id);
    const wanted = only[name];
    if (!wanted) return ids;
    for (const w of wanted)
      if (!ids.includes(w)) throw messages.badOption(`--only ${name}`, w, `one of ${ids.join(', ')}`);
    return ids.filter((id) => wanted.includes(id));
  });
  for (const key of Object.keys(only))
    if (!(CHOICE_NAMES as readonly string[]).includes(key))
      throw messages.badOption('--only', key, `a choice: ${CHOICE_NAMES.join(', ')}`);
  const counts = new Map(rules.map((r) => [r.id, 0]));
  const specs: MultiverseSpec[] = [];
  let combinations = 0;
  const pick: string[] = new Array(CHOICE_NAMES.length).fill('');
  const visit = (depth: number): void => {
    if (depth === CHOICE_NAMES.length) {
      combinations++;
      const choices = Object.fromEntries(CHOICE_NAMES.map((n, i) => [n, pick[i]])) as SpecChoices;
      const rule = rules.find((r) => r.excludes(choices, grid));
      if (rule) counts.set(rule.id, (counts.get(rule.id) ?? 0) + 1);
      else specs.push({ id: specId(choices), index: specs.length, choices });
      return;
    }
    for (const id of lists[depth] as string[]) {
      pick[depth] = id;
      visit(depth + 1);
    }
  };
  visit(0);
  return {
    specs,
    combinations,
    excluded: rules.map((r) => ({ rule: r.id, reason: r.reason, count: counts.get(r.id) ?? 0 })),
  };
}

/**
 * Parses `--only choice=option,choice=option`: pairs separated by commas; a choice named twice
 * keeps both options.
 * @throws PeacepanelError BAD_OPTION for a pair without `=`.
 * @example parseOnly('model=nb2,unit=country-month') // => { model: ['nb2'], unit: ['country-month'] }
 */
export function parseOnly(text: string): OnlyOptions {
  const out: Partial<Record<ChoiceName, string[]>> = {};
  for (const pair of text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [name, option] = pair.split('=', 2).map((s) => s.trim());
    if (!name || !option)
      throw messages.badOption('--only', pair, 'choice=option pairs, e.g. model=nb2,unit=country-month');
    if (!(CHOICE_NAMES as readonly string[]).includes(name))
      throw messages.badOption('--only', name, `a choice: ${CHOICE_NAMES.join(', ')}`);
    const key = name as ChoiceName;
    out[key] = [...(out[key] ?? []), option];
  }
  return out;
}
