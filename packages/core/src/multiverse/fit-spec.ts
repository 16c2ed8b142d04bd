import { formatError, isUserError, messages } from '../errors.js';
import { fitModelDetailed, fitModelDetailedAsync } from '../estimators/fit-model.js';
import type { AsyncFitOptions, FittedModel } from '../estimators/fitted-model.js';
import type { Coefficient } from '../estimators/result.js';
import { comparePredictionsWith } from '../inference/compare-predictions.js';
import { predictionModelOf } from '../inference/prediction-model-of.js';
import { scenarioBase } from '../inference/scenario-rows.js';
import type { Design } from '../model/design.js';
import { typicalLevels } from '../partnership/typical-levels.js';
import type { Table } from '../table.js';
import type { DesignCache } from './design-cache.js';
import type { MultiverseSpec } from './expand.js';
import { modelOfSpec, type SpecModel } from './model-of-spec.js';
import type { MultiverseEstimate, MultiverseRow, PartnershipRatio } from './row.js';
import { sampleTable } from './sample-table.js';

/** What fitting a specification reads and reuses: the prepared datasets and the shared caches. */
export interface MultiverseContext {
  /** Prepared tables by dataset id (see `prepareDataset`). */
  datasets: Record<string, Table>;
  designs: DesignCache;
  /** The rows of each `dataset|sample`, for its typical levels (built on first use). */
  samples: Map<string, Table | { error: unknown }>;
}

/**
 * Fits one specification and reads the study's three quantities from it: the UN-troops coefficient,
 * the UN × non-UN interaction, and the partnership effect (see `PartnershipRatio`, at the typical
 * levels of the sample, `typicalLevels`), each with a 95% interval; plus n, clusters, convergence and
 * warnings. The design matrix comes from the shared cache. Never throws for a user mistake or a
 * numerical failure: the row says why it failed.
 * Reference: Simonsohn, Simmons & Nelson (2020), Nat. Hum. Behav. 4 (a specification curve).
 * @example const context = multiverseContext({ 'africa-cm': tableFromDataset(africaCm) });
 * fitSpec(countryMonthGrid.specs[0]!, context).interaction?.estimate // => 0.00548234
 */
export function fitSpec(spec: MultiverseSpec, ctx: MultiverseContext): MultiverseRow {
  const { row, m } = emptyRow(spec);
  try {
    const { data, design } = inputsOf(m, ctx);
    complete(row, fitModelDetailed(m.model, data, { design }), design, data, m, ctx);
  } catch (e) {
    fail(row, e);
  }
  return row;
}

/**
 * {@link fitSpec} whose fit yields to the event loop between its steps (core's
 * `fitModelDetailedAsync`: the same code, so the same row bit for bit), for a page's main thread and
 * for a cancel to land mid-fit.
 * @throws PeacepanelError `CANCELLED` once `opts.signal` is aborted (not turned into a row).
 * @example const context = multiverseContext({ 'africa-cm': tableFromDataset(africaCm) });
 * const signal = new AbortController().signal;
 * (await fitSpecAsync(countryMonthGrid.specs[0]!, context, { signal })).interaction?.estimate // => 0.00548234
 */
export async function fitSpecAsync(
  spec: MultiverseSpec,
  ctx: MultiverseContext,
  opts: AsyncFitOptions = {},
): Promise<MultiverseRow> {
  const { row, m } = emptyRow(spec);
  try {
    const { data, design } = inputsOf(m, ctx);
    complete(row, await fitModelDetailedAsync(m.model, data, { ...opts, design }), design, data, m, ctx);
  } catch (e) {
    if (isUserError(e) && e.code === 'CANCELLED') throw e;
    fail(row, e);
  }
  return row;
}

function emptyRow(spec: MultiverseSpec): { row: MultiverseRow; m: SpecModel } {
  const m = modelOfSpec(spec.choices);
  const row: MultiverseRow = {
    id: spec.id,
    index: spec.index,
    choices: spec.choices,
    dataset: m.dataset,
    formula: m.model.formula,
    family: m.model.family === 'poisson' ? 'poisson' : 'negbin',
    ok: false,
    reason: null,
    n: null,
    clusters: null,
    nExcluded: null,
    converged: null,
    iterations: null,
    unTroops: null,
    interaction: null,
    partnership: null,
    warnings: [],
  };
  return { row, m };
}

function inputsOf(m: SpecModel, ctx: MultiverseContext): { data: Table; design: Design } {
  const data = datasetOf(m, ctx);
  const key = `${m.dataset}|${m.sample}|${designKey(m)}`;
  return { data, design: ctx.designs.get(key, m.model.formula, data, m.model) };
}

function complete(
  row: MultiverseRow,
  fitted: FittedModel,
  design: Design,
  data: Table,
  m: SpecModel,
  ctx: MultiverseContext,
): void {
  readFit(row, fitted, design, data, m);
  row.partnership = partnershipRatio(fitted, sampleOf(m, ctx), m);
  finish(row, m);
}

function fail(row: MultiverseRow, e: unknown): void {
  row.ok = false;
  row.reason = isUserError(e)
    ? formatError(e)
    : `numerical failure: ${e instanceof Error ? e.message : String(e)}`;
}

function designKey(m: SpecModel): string {
  return `${m.model.formula}|${m.model.unit}|${m.model.time}|${m.model.cluster}`;
}

function datasetOf(m: SpecModel, ctx: MultiverseContext): Table {
  const data = ctx.datasets[m.dataset];
  if (!data) throw messages.unknownDataset(m.dataset, Object.keys(ctx.datasets));
  return data;
}

function sampleOf(m: SpecModel, ctx: MultiverseContext): Table {
  const key = `${m.dataset}|${m.sample}`;
  let s = ctx.samples.get(key);
  if (!s) {
    try {
      s = sampleTable(datasetOf(m, ctx), m.model.subset);
    } catch (error) {
      s = { error };
    }
    ctx.samples.set(key, s);
  }
  if ('error' in s) throw s.error;
  return s;
}

function readFit(row: MultiverseRow, fitted: FittedModel, design: Design, data: Table, m: SpecModel): void {
  const r = fitted.result;
  row.n = r.n;
  row.clusters = distinctCount(data, m.model.cluster, design.rows);
  row.nExcluded = r.nExcluded;
  row.converged = r.converged;
  row.iterations = r.iterations;
  row.warnings = [...r.warnings];
  const coef = (term: string) => r.coefficients.find((c) => c.term === term);
  row.unTroops = estimateOf(coef(m.terms.un));
  row.interaction = estimateOf(coef(m.terms.interaction));
}

/** Marks the row ok, or says what is wrong with a fit that ran. */
function finish(row: MultiverseRow, m: SpecModel): void {
  const problems: string[] = [];
  if (!row.converged) problems.push(`did not converge in ${row.iterations} iterations`);
  if (!row.unTroops) problems.push(`no finite estimate for ${m.terms.un}`);
  if (!row.interaction) problems.push(`no finite estimate for ${m.terms.interaction}`);
  if (!row.partnership) problems.push('no finite partnership effect');
  row.ok = problems.length === 0;
  row.reason = row.ok ? null : problems.join('; ');
}

function estimateOf(c: Coefficient | undefined): MultiverseEstimate | null {
  if (!c || c.aliased) return null;
  const e = { estimate: c.estimate, stdError: c.stdError, lower: c.ciLow, upper: c.ciHigh, p: c.p };
  return Object.values(e).every(Number.isFinite) ? e : null;
}

function partnershipRatio(fitted: FittedModel, sample: Table, m: SpecModel): PartnershipRatio | null {
  const levels = typicalLevels(sample, { un: m.terms.un, nonun: m.nonunColumn }, m.nonunIsPresence);
  const pm = predictionModelOf(fitted);
  const base = scenarioBase(pm, {}, [m.terms.un, m.nonunColumn]).values;
  const cmp = comparePredictionsWith(
    pm,
    { ...base, [m.terms.un]: levels.un, [m.nonunColumn]: levels.partner },
    { ...base, [m.terms.un]: levels.un, [m.nonunColumn]: 0 },
    { ciLevel: fitted.spec.ciLevel },
  ).ratio;
  const out = {
    estimate: cmp.estimate,
    stdError: cmp.logStdError,
    lower: cmp.lower,
    upper: cmp.upper,
    p: cmp.p,
    un: levels.un,
    partner: levels.partner,
  };
  return Object.values(out).every(Number.isFinite) ? out : null;
}

function distinctCount(table: Table, column: string, rows: Int32Array): number {
  const values = table.columns[column]?.values;
  const seen = new Set<string>();
  for (let i = 0; i < rows.length; i++) seen.add(String(values?.[rows[i] as number]));
  return seen.size;
}
