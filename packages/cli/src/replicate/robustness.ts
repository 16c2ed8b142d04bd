import {
  COUNTRY_MONTH_SPECIFICATION,
  filterRows,
  MAIN_COLUMNS,
  type ModelSpecInput,
  numberColumn,
  stringColumn,
  type Table,
} from '@peacepanel/core';
import { attempt, summarizeFit } from './model-summary.js';
import type { ModelSlot, NotRun, RobustnessRow, RobustnessSection } from './numbers.js';
import { type FittedLike, missingReason, need, type Toolkit } from './toolkit.js';

/** The largest missions' host countries, dropped one at a time (Gleditsch–Ward code, ISO 3166 alpha-3, name). */
export const LARGEST_MISSION_COUNTRIES = [
  { gwno: 625, iso3: 'SDN', name: 'Sudan' },
  { gwno: 520, iso3: 'SOM', name: 'Somalia' },
  { gwno: 490, iso3: 'COD', name: 'DR Congo' },
] as const;

/** The interaction term of a partnership formula `y ~ un * nonun + …`. */
export function interactionTerm(nonun: string): string {
  return `${MAIN_COLUMNS.un}:${nonun}`;
}

/** Rows whose government is not the given country (by `gwno_gov`, `gwno`, `iso3` or the name). */
function withoutCountry(table: Table, c: (typeof LARGEST_MISSION_COUNTRIES)[number]): Table | NotRun {
  const gw = numberColumn(table, 'gwno_gov') ?? numberColumn(table, 'gwno');
  if (gw) return filterRows(table, (i) => gw[i] !== c.gwno);
  const codes = stringColumn(table, 'iso3');
  if (codes) return filterRows(table, (i) => codes[i] !== c.iso3);
  const names = stringColumn(table, 'country');
  if (names) return filterRows(table, (i) => names[i] !== c.name);
  return { status: 'not run', reason: 'the data have no gwno_gov, gwno, iso3 or country column' };
}

/** One re-estimation: a label, the spec, the data it runs on and its interaction term. */
interface Variant {
  id: string;
  label: string;
  spec: ModelSpecInput;
  data: Table | NotRun;
  term: string;
}

/** The main formula with the non-UN column replaced (another definition of non-UN troops). */
function withNonun(
  spec: ModelSpecInput,
  column: string,
  sample: Table,
): { spec: ModelSpecInput; ok: boolean } {
  const formula = spec.formula.split(MAIN_COLUMNS.nonun).join(column);
  return { spec: { ...spec, formula }, ok: numberColumn(sample, column) !== undefined };
}

/**
 * The robustness variants of the main model: Poisson; conflict and year fixed effects (absorbed,
 * fixest-style `| conflict_id + year`: conflicts whose outcome is zero throughout drop out, as the fit
 * reports); dropping Sudan, Somalia and DR Congo one at a time; non-UN troops by the `filled` rule and
 * as presence (0/1). The `filled` and `present` variants run on the whole panel (their own estimation
 * sample: they do not need a strict figure), the others on the common sample.
 * @example import { analysisSample } from './main-models.js';
 * const panel = tableFromDataset(conflictMonth);
 * robustnessVariants(MAIN_SPEC, analysisSample(panel).table, panel).length // => 7
 */
export function robustnessVariants(mainSpec: ModelSpecInput, sample: Table, panel: Table): Variant[] {
  const main = interactionTerm(MAIN_COLUMNS.nonun);
  const unit = mainSpec.unit ?? MAIN_COLUMNS.unit;
  const definition = (id: string, label: string, column: string): Variant => {
    const v = withNonun(mainSpec, column, panel);
    return {
      id,
      label,
      spec: v.spec,
      data: v.ok ? panel : { status: 'not run', reason: `the data have no \`${column}\` column` },
      term: interactionTerm(column),
    };
  };
  return [
    {
      id: 'poisson',
      label: 'Poisson instead of negative binomial',
      spec: { ...mainSpec, family: 'poisson' },
      data: sample,
      term: main,
    },
    {
      id: 'fixed-effects',
      label: 'conflict and year fixed effects',
      spec: { ...mainSpec, formula: `${mainSpec.formula} | ${unit} + year` },
      data: sample.columns.year ? sample : { status: 'not run', reason: 'the data have no `year` column' },
      term: main,
    },
    ...LARGEST_MISSION_COUNTRIES.map((c) => ({
      id: `drop-${c.iso3.toLowerCase()}`,
      label: `without ${c.name}`,
      spec: mainSpec,
      data: withoutCountry(sample, c),
      term: main,
    })),
    definition(
      'nonun-filled',
      'non-UN troops by the filled rule (nearest known figure of the mission; multi-country missions split)',
      'nonun_filled_k_lag1',
    ),
    definition('nonun-present', 'non-UN presence (0/1) in place of non-UN troops', 'nonun_present_lag1'),
  ];
}

/**
 * The country-month specification (`COUNTRY_MONTH_SPECIFICATION`, the former default) on `africa-cm`,
 * as a robustness row.
 * @example countryMonthRobustness(defaultToolkit(), null).model.status // => 'not run'
 */
export function countryMonthRobustness<M extends FittedLike>(
  toolkit: Toolkit<M>,
  panel: Table | null,
): RobustnessRow {
  const { id, label, spec } = COUNTRY_MONTH_SPECIFICATION;
  const term = interactionTerm(MAIN_COLUMNS.nonun);
  if (!panel)
    return {
      id,
      label,
      term,
      model: { status: 'not run', reason: 'the country-month dataset was not given' },
    };
  const blocks = need(toolkit, 'fitModelDetailed');
  if (!blocks.ok)
    return { id, label, term, model: { status: 'not run', reason: missingReason(blocks.missing) } };
  return {
    id,
    label,
    term,
    model: attempt(() => summarizeFit(blocks.blocks.fitModelDetailed(spec, panel).result, label)),
  };
}

/**
 * Re-estimates every variant; each failure becomes a "not run" row with its reason. `extra` rows (the
 * country-month and 1989–2011 conflict-month models) are appended as given.
 * @example import { analysisSample } from './main-models.js';
 * const panel = tableFromDataset(conflictMonth);
 * const { table } = analysisSample(panel);
 * runRobustness(defaultToolkit(), MAIN_SPEC, table, panel, []).status // => 'ok'
 */
export function runRobustness<M extends FittedLike>(
  toolkit: Toolkit<M>,
  mainSpec: ModelSpecInput,
  sample: Table,
  panel: Table,
  extra: RobustnessRow[],
): RobustnessSection | NotRun {
  const blocks = need(toolkit, 'fitModelDetailed');
  if (!blocks.ok) return { status: 'not run', reason: missingReason(blocks.missing) };
  const rows: RobustnessRow[] = robustnessVariants(mainSpec, sample, panel).map((v) => {
    const data = v.data;
    const model: ModelSlot =
      'status' in data
        ? data
        : attempt(() => summarizeFit(blocks.blocks.fitModelDetailed(v.spec, data).result, v.label));
    return { id: v.id, label: v.label, term: v.term, model };
  });
  const all = [...rows, ...extra];
  const converged = all.filter((r) => r.model.status === 'ok' && r.model.converged);
  const negative = converged.filter((r) => {
    const m = r.model;
    const est = m.status === 'ok' ? m.coefficients[r.term]?.estimate : null;
    return est !== null && est !== undefined && est < 0;
  });
  return { status: 'ok', rows: all, fitted: converged.length, negativeInteraction: negative.length };
}
