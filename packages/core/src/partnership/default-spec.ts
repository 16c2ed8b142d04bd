import type { ModelSpecInput } from '../model/spec.js';
import { type DeclaredSpecification, MAIN_SPEC } from './main-spec.js';

export { PARTNERSHIP_COLUMNS } from '../types/partnership-columns.js';

/**
 * What an uploaded or fetched panel must hold for the partnership pages and the widget: the columns
 * `addPartnershipVariables` derives the model's variables from, with counts and troops ≥ 0.
 * @example parsePanelCsv(text, { file, require: PARTNERSHIP_PANEL_REQUIREMENTS })
 */
export const PARTNERSHIP_PANEL_REQUIREMENTS = {
  columns: ['country', 'ym', 'battle_deaths', 'un_troops', 'nonun_troops'],
  nonNegative: ['battle_deaths', 'un_troops', 'nonun_troops'],
  purpose: 'the overview, model and scenario pages',
} as const;

/**
 * The country-month specification (the project's default before issue 11, now a robustness row beside
 * `MAIN_SPECIFICATION`): negative binomial regression of monthly battle deaths on UN and non-UN troops
 * (thousands, lagged one month) and their product, the logged lagged outcome and conflict duration, with
 * standard errors clustered by country, on `africa-cm`.
 * @example fit(COUNTRY_MONTH_SPEC, addPartnershipVariables(panel))
 */
export const COUNTRY_MONTH_SPEC: ModelSpecInput = {
  formula:
    'battle_deaths ~ un_troops_k_lag1 * nonun_troops_k_lag1 + log1p(battle_deaths_lag1) + conflict_duration',
  family: 'negbin',
  vcov: 'cluster',
  cluster: 'country',
  clusterConvention: 'stata',
  unit: 'country',
  time: 'ym',
};

/**
 * The country-month specification with its dataset (see `MAIN_SPECIFICATION` for the main one).
 * @example COUNTRY_MONTH_SPECIFICATION.dataset // 'africa-cm'
 */
export const COUNTRY_MONTH_SPECIFICATION: DeclaredSpecification = {
  id: 'country-month',
  label: 'country-months 1993–2019, clustered by country (the former default)',
  dataset: 'africa-cm',
  spec: COUNTRY_MONTH_SPEC,
  nonunRule: 'strict',
};

/**
 * The default model: the declared main specification (`MAIN_SPEC`, partnership/main-spec.ts). The worker
 * picks the declared specification of the loaded dataset (`defaultSpecificationFor`), so a country-month
 * panel gets `COUNTRY_MONTH_SPEC`.
 * @example fit(DEFAULT_PARTNERSHIP_SPEC, tableFromDataset(await loadDataset('africa-conflict-month')))
 */
export const DEFAULT_PARTNERSHIP_SPEC: ModelSpecInput = MAIN_SPEC;
