import type { ModelSpecInput } from '../model/spec.js';
import { PARTNERSHIP_COLUMNS } from '../partnership/default-spec.js';
import type { Table } from '../table.js';
import { attempt, summarizeFit } from './model-summary.js';
import type { ModelSlot, NotRun, RobustnessRow, RobustnessSection } from './numbers.js';
import { filterRows, numberColumn, stringColumn } from './panel-rows.js';
import { type FittedLike, missingReason, need, type Toolkit } from './toolkit.js';

/** The largest missions' host countries, dropped one at a time (ISO 3166 alpha-3). */
export const LARGEST_MISSION_COUNTRIES = [
  { iso3: 'SDN', name: 'Sudan' },
  { iso3: 'SOM', name: 'Somalia' },
  { iso3: 'COD', name: 'DR Congo' },
] as const;

/** Non-UN figure qualities that rest on reported deployed strengths (or no mission at all). */
const OBSERVED_QUALITIES = new Set(['none', 'interpolated']);

/**
 * Rows whose non-UN figure, in the month itself and in the month before (the regressor is lagged),
 * is interpolated between reported deployed strengths or there is no mission: drops months that
 * rest on authorised (mandated) strengths only. Rows are matched to their previous month within
 * `country` by `ym`.
 * @example observedNonunOnly(sample).n
 */
export function observedNonunOnly(table: Table): Table | NotRun {
  const q = stringColumn(table, 'nonun_quality');
  const country = stringColumn(table, PARTNERSHIP_COLUMNS.unit);
  const ym = stringColumn(table, PARTNERSHIP_COLUMNS.time);
  if (!q || !country || !ym)
    return { status: 'not run', reason: 'the data have no `nonun_quality`, `country` or `ym` column' };
  const quality = new Map<string, string | null>();
  for (let i = 0; i < table.n; i++) quality.set(`${country[i]}|${ym[i]}`, q[i] ?? null);
  const previous = (s: string): string => {
    const [y, m] = s.split('-').map(Number) as [number, number];
    const p = m === 1 ? { y: y - 1, m: 12 } : { y, m: m - 1 };
    return `${p.y}-${String(p.m).padStart(2, '0')}`;
  };
  return filterRows(table, (i) => {
    const here = q[i];
    const c = country[i];
    const t = ym[i];
    if (!here || !c || !t || !OBSERVED_QUALITIES.has(here)) return false;
    const before = quality.get(`${c}|${previous(t)}`);
    return before === undefined || before === null || OBSERVED_QUALITIES.has(before);
  });
}

/** Rows with `conflict_active = 1`: drops the peace-operation-only months the paper's sample lacks. */
function activeOnly(table: Table): Table | NotRun {
  const active = numberColumn(table, 'conflict_active');
  if (!active) return { status: 'not run', reason: 'the data have no `conflict_active` column' };
  return filterRows(table, (i) => active[i] === 1);
}

function withoutCountry(table: Table, iso3: string, name: string): Table {
  const codes = stringColumn(table, 'iso3');
  const names = stringColumn(table, PARTNERSHIP_COLUMNS.unit);
  return filterRows(table, (i) => (codes ? codes[i] !== iso3 : names?.[i] !== name));
}

/** One re-estimation: a label, the spec and the data it runs on. */
interface Variant {
  id: string;
  label: string;
  spec: ModelSpecInput;
  data: Table | NotRun;
}

/**
 * The robustness variants of the main model on the country-month sample: Poisson; country and
 * year fixed effects (absorbed, fixest-style `| country + year`: countries whose outcome is zero
 * throughout drop out, as the fit reports); dropping Sudan, Somalia and DR Congo
 * one at a time; only months with observed (interpolated) non-UN figures.
 * @example robustnessVariants(spec, sample).map((v) => v.id)
 */
export function robustnessVariants(mainSpec: ModelSpecInput, sample: Table): Variant[] {
  const hasYear = sample.columns.year !== undefined;
  return [
    {
      id: 'poisson',
      label: 'Poisson instead of negative binomial',
      spec: { ...mainSpec, family: 'poisson' },
      data: sample,
    },
    {
      id: 'fixed-effects',
      label: 'country and year fixed effects',
      spec: {
        ...mainSpec,
        formula: `${mainSpec.formula} | ${PARTNERSHIP_COLUMNS.unit} + year`,
      },
      data: hasYear ? sample : { status: 'not run', reason: 'the data have no `year` column' },
    },
    ...LARGEST_MISSION_COUNTRIES.map((c) => ({
      id: `drop-${c.iso3.toLowerCase()}`,
      label: `without ${c.name}`,
      spec: mainSpec,
      data: withoutCountry(sample, c.iso3, c.name),
    })),
    {
      id: 'conflict-active',
      label: "only months with an active conflict (closer to the paper's conflict-month sample)",
      spec: mainSpec,
      data: activeOnly(sample),
    },
    {
      id: 'observed-nonun',
      label: 'only months with interpolated (not authorised-only) non-UN figures',
      spec: mainSpec,
      data: observedNonunOnly(sample),
    },
  ];
}

/**
 * Re-estimates every variant; each failure becomes a "not run" row with its reason.
 * `extra` rows (e.g. the conflict-month model) are appended as given.
 * @example runRobustness(toolkit, spec, sample, []).rows.length
 */
export function runRobustness<M extends FittedLike>(
  toolkit: Toolkit<M>,
  mainSpec: ModelSpecInput,
  sample: Table,
  extra: RobustnessRow[],
): RobustnessSection | NotRun {
  const blocks = need(toolkit, 'fitModelDetailed');
  if (!blocks.ok) return { status: 'not run', reason: missingReason(blocks.missing) };
  const rows: RobustnessRow[] = robustnessVariants(mainSpec, sample).map((v) => {
    const data = v.data;
    const model: ModelSlot =
      'status' in data
        ? data
        : attempt(() => summarizeFit(blocks.blocks.fitModelDetailed(v.spec, data).result, v.label));
    return { id: v.id, label: v.label, model };
  });
  const all = [...rows, ...extra];
  const converged = all.filter((r) => r.model.status === 'ok' && r.model.converged);
  const negative = converged.filter((r) => {
    const m = r.model;
    if (m.status !== 'ok') return false;
    const term = m.terms.find((t) => t.includes(':'));
    const est = term ? m.coefficients[term]?.estimate : null;
    return est !== null && est !== undefined && est < 0;
  });
  return { status: 'ok', rows: all, fitted: converged.length, negativeInteraction: negative.length };
}
