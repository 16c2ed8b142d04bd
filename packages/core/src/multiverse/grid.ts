/**
 * The declared grid of the multiverse (issue 12): every choice a reasonable researcher could make
 * differently when estimating the partnership model, each with its options, a one-line rationale and
 * the reference it comes from. Pure data; `expandGrid` turns it into specifications and
 * `modelOfSpec` into formulas. Design after `specr::setup()` (Masur & Scharkow) and the
 * specification curve of Simonsohn, Simmons & Nelson (2020), Nature Human Behaviour 4, 1208–1214.
 */

/** The names of the choices, in the order the grid expands them (the last varies fastest). */
export const CHOICE_NAMES = [
  'unit',
  'sample',
  'nonun',
  'pastViolence',
  'controls',
  'fixedEffects',
  'inference',
  'model',
] as const;

/** One choice's name. */
export type ChoiceName = (typeof CHOICE_NAMES)[number];

/** One option of a choice. `available: false` declares an option the core cannot run yet (a hook). */
export interface ChoiceOption {
  /** Stable short id, used in spec ids, `--only` and permalinks. */
  id: string;
  label: string;
  available?: boolean;
}

/** One choice of the grid. */
export interface Choice {
  name: ChoiceName;
  label: string;
  /** One line: why a researcher might choose differently here. */
  rationale: string;
  /** Where the options come from. */
  reference: string;
  options: readonly ChoiceOption[];
}

/** The grid: one entry per choice, in `CHOICE_NAMES` order. */
export type Grid = readonly Choice[];

/** The option chosen for every choice of a specification. */
export type SpecChoices = Record<ChoiceName, string>;

/**
 * The multiverse of the partnership model. Option ids are the words `--only` and the permalinks use.
 * The inference choice declares the wild cluster score bootstrap (Kline & Santos 2012) as a hook:
 * it is not in core yet, so the exclusion rule `inference-not-available` drops it and says so.
 */
export const MULTIVERSE_GRID: Grid = [
  {
    name: 'unit',
    label: 'Unit',
    rationale:
      'The study observes conflict-months; the bundled panel observes country-months, which mix months without fighting and sum deaths over conflicts.',
    reference: 'Schumann & Bara (2023) ISQ; Hultman, Kathman & Shannon (2014) APSR 108(4)',
    options: [
      { id: 'country-month', label: 'country-month' },
      { id: 'conflict-month', label: 'conflict-month' },
    ],
  },
  {
    name: 'sample',
    label: 'Sample',
    rationale:
      'Peacekeeping effects are estimated in active wars by the study; all months add observer-only missions, and the study period ends in 2018.',
    reference: 'Schumann & Bara (2023) ISQ, research design; issue 11 §1',
    options: [
      { id: 'all', label: 'all months' },
      { id: 'active', label: 'active conflict-months' },
      { id: '1993-2018', label: '1993–2018 only' },
    ],
  },
  {
    name: 'nonun',
    label: 'Non-UN measure',
    rationale:
      'Non-UN troop figures are often unreported: interpolate only, carry the nearest figure, use presence, or split by the organisation that deploys.',
    reference: 'Bara & Hultman (2020) IS; issue 11 §1 (strict, filled, present, organisation type)',
    options: [
      { id: 'strict', label: 'strict (interpolated, else missing)' },
      { id: 'filled', label: 'filled (nearest known figure)' },
      { id: 'present', label: 'present (0/1)' },
      { id: 'org-type', label: 'by organisation type' },
    ],
  },
  {
    name: 'pastViolence',
    label: 'Past violence',
    rationale:
      'Violence persists; the study logs last month’s deaths, HKS use levels, and a three-month mean smooths single-month spikes.',
    reference: 'Schumann & Bara (2023) ISQ; Hultman, Kathman & Shannon (2014) APSR',
    options: [
      { id: 'log1p-lag1', label: 'log1p(deaths t−1)' },
      { id: 'level-lag1', label: 'deaths t−1 in levels' },
      { id: 'log1p-mean3', label: 'log1p(mean deaths t−1..t−3)' },
    ],
  },
  {
    name: 'controls',
    label: 'Controls',
    rationale:
      'Police and observers deploy with troops (HKS control for them); duration proxies a conflict’s stage.',
    reference: 'Hultman, Kathman & Shannon (2014) APSR; Schumann & Bara (2023) ISQ',
    options: [
      { id: 'none', label: 'none' },
      { id: 'police-observers', label: 'UN police + observers' },
      { id: 'police-observers-duration', label: 'UN police + observers + duration' },
    ],
  },
  {
    name: 'fixedEffects',
    label: 'Fixed effects',
    rationale:
      'Unit effects absorb stable differences between wars; year effects absorb continent-wide trends.',
    reference: 'Allison & Waterman (2002) Sociological Methodology 32 (fixed-effects negative binomial)',
    options: [
      { id: 'none', label: 'none' },
      { id: 'unit', label: 'unit' },
      { id: 'unit-year', label: 'unit + year' },
    ],
  },
  {
    name: 'inference',
    label: 'Inference',
    rationale:
      'Months of one war are not independent; with few clusters a wild score bootstrap is more reliable than CR1.',
    reference: 'Cameron & Miller (2015) JHR 50(2); Kline & Santos (2012) JEM',
    options: [
      { id: 'cr1', label: 'cluster-robust CR1 by unit' },
      { id: 'wild-score', label: 'wild cluster score bootstrap', available: false },
    ],
  },
  {
    name: 'model',
    label: 'Model',
    rationale:
      'Battle deaths are overdispersed counts (NB2, the study’s model); Poisson pseudo-ML is consistent under weaker assumptions.',
    reference:
      'Cameron & Trivedi (2013) Regression Analysis of Count Data; Wooldridge (1999) J. Econometrics',
    options: [
      { id: 'nb2', label: 'negative binomial (NB2)' },
      { id: 'poisson', label: 'Poisson' },
    ],
  },
];

/**
 * The study's main specification expressed as options of the grid (issue 11 §2): conflict-months
 * 1993–2018, non-UN troops `strict`, log1p of last month's deaths, UN police, observers and duration,
 * no fixed effects, NB2, CR1 by conflict.
 */
export const MAIN_CHOICES: SpecChoices = {
  unit: 'conflict-month',
  sample: '1993-2018',
  nonun: 'strict',
  pastViolence: 'log1p-lag1',
  controls: 'police-observers-duration',
  fixedEffects: 'none',
  inference: 'cr1',
  model: 'nb2',
};

/**
 * The stable id of a specification: its option ids in `CHOICE_NAMES` order, joined by `.`.
 * @example specId(MAIN_CHOICES) // => 'conflict-month.1993-2018.strict.log1p-lag1.police-observers-duration.none.cr1.nb2'
 */
export function specId(choices: SpecChoices): string {
  return CHOICE_NAMES.map((c) => choices[c]).join('.');
}
