import type { ModelSpecInput } from '../model/spec.js';
import type { SpecChoices } from './grid.js';
import { SAMPLE_SUBSETS } from './sample-table.js';

/** Columns of the conflict-month contract (CONFLICT_MONTH_CONTRACT.md, issue 11) the grid uses. */
const UN = 'un_troops_k_lag1';
const NONUN_COLUMN: Record<string, string> = {
  strict: 'nonun_troops_k_lag1',
  filled: 'nonun_filled_k_lag1',
  present: 'nonun_present_lag1',
  'org-type': 'nonun_ro_k_lag1',
};
/** With `org-type`, the other organisation types enter as controls beside the interaction with regional organisations. */
const OTHER_ORG_TYPES = ['nonun_eu_k_lag1', 'nonun_state_k_lag1', 'nonun_coalition_k_lag1'];
const PAST: Record<string, string> = {
  'log1p-lag1': 'log1p(battle_deaths_lag1)',
  'level-lag1': 'battle_deaths_lag1',
  'log1p-mean3': 'log1p(battle_deaths_mean3_lag1)',
};
/** Controls before and after past violence (the order of the main specification's formula). */
const CONTROLS: Record<string, { before: string[]; after: string[] }> = {
  none: { before: [], after: [] },
  'police-observers': { before: ['un_police_k_lag1', 'un_observers_k_lag1'], after: [] },
  'police-observers-duration': {
    before: ['un_police_k_lag1', 'un_observers_k_lag1'],
    after: ['conflict_duration'],
  },
};

/** The dataset, unit and model of each unit option. */
export const UNIT_DATASETS: Record<string, { dataset: string; unit: string; time: string }> = {
  'country-month': { dataset: 'africa-cm', unit: 'country', time: 'ym' },
  'conflict-month': { dataset: 'africa-conflict-month', unit: 'conflict_id', time: 'ym' },
};

/** What fitting one specification needs: the dataset and sample, the model spec and the terms to read. */
export interface SpecModel {
  dataset: string;
  /** Sample option id (its row filter is `model.subset`, see `SAMPLE_SUBSETS`). */
  sample: string;
  model: ModelSpecInput & { formula: string; unit: string; time: string; cluster: string };
  /** Term names as the fit reports them. */
  terms: { un: string; nonun: string; interaction: string };
  /** The non-UN column of the partnership effect, and whether it is presence (0/1). */
  nonunColumn: string;
  nonunIsPresence: boolean;
}

/**
 * The model of a specification: `battle_deaths ~ un_troops_k_lag1 * NONUN + POLICE + OBSERVERS + PAST
 * + DURATION | FE` on the unit's dataset, the sample as `subset`, NB2 or Poisson, CR1 clustered by the
 * unit (Stata convention), with the column names of the conflict-month contract. For the main
 * choices it is the declared `MAIN_SPEC`, term for term.
 * @throws Error for an option id the grid does not declare (a programming error).
 * @example modelOfSpec(MAIN_CHOICES).model.formula
 * // 'battle_deaths ~ un_troops_k_lag1 * nonun_troops_k_lag1 + un_police_k_lag1 + un_observers_k_lag1 + log1p(battle_deaths_lag1) + conflict_duration'
 */
export function modelOfSpec(c: SpecChoices): SpecModel {
  const unit = UNIT_DATASETS[c.unit];
  const nonun = NONUN_COLUMN[c.nonun];
  const past = PAST[c.pastViolence];
  const controls = CONTROLS[c.controls];
  if (!unit || !nonun || !past || !controls) throw new Error(`undeclared option in ${JSON.stringify(c)}`);
  const rhs = [
    `${UN} * ${nonun}`,
    ...(c.nonun === 'org-type' ? OTHER_ORG_TYPES : []),
    ...controls.before,
    past,
    ...controls.after,
  ];
  const fe =
    c.fixedEffects === 'unit' ? [unit.unit] : c.fixedEffects === 'unit-year' ? [unit.unit, 'year'] : [];
  const subset = SAMPLE_SUBSETS[c.sample];
  const formula = `battle_deaths ~ ${rhs.join(' + ')}${fe.length ? ` | ${fe.join(' + ')}` : ''}`;
  return {
    dataset: unit.dataset,
    sample: c.sample,
    model: {
      formula,
      family: c.model === 'poisson' ? 'poisson' : 'negbin',
      vcov: 'cluster',
      cluster: unit.unit,
      clusterConvention: 'stata',
      ...(subset === undefined ? {} : { subset }),
      unit: unit.unit,
      time: unit.time,
    },
    terms: { un: UN, nonun, interaction: `${UN}:${nonun}` },
    nonunColumn: nonun,
    nonunIsPresence: c.nonun === 'present',
  };
}
