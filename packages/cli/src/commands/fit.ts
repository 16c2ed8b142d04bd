import {
  describeDialect,
  type FitResult,
  fitModel,
  MAIN_DATASET_ID,
  MAIN_SPEC,
  type ModelSpecInput,
  messages,
  PeacepanelError,
  parseFormula,
  parseModelSpec,
  parseNumberCell,
  regressionTable,
  splitTwoPartFormula,
  tableFromDataset,
} from '@peacepanel/core';
import type { CliIo, Command } from '../command.js';
import { readDataTable } from '../data-table.js';
import { datasetsDir, readDatasetJson } from '../dataset-files.js';
import { oneOf, readFlags } from '../flags.js';
import {
  bootstrapText,
  EXTRA_BOOLEAN_FLAGS,
  EXTRA_VALUE_FLAGS,
  type FitExtras,
  readFitExtras,
  runTwoPart,
} from './fit-extras.js';

const USAGE = `Usage: peacepanel fit --data FILE.csv|.dta|.parquet --formula "y ~ x1 * x2 + log1p(z)" [options]
       peacepanel fit --dataset ID --formula "..." [options]
       peacepanel fit --main [--dataset ID] [options]   (the declared main specification)

Fits a negative binomial (NB2, θ estimated) or Poisson count model by maximum likelihood and prints
an R summary()-like table, or one JSON object with --json.

Options:
  --data FILE       CSV file with a header row (RFC 4180; empty, NA and . are missing); the
                    encoding, separator (, ; tab |) and decimal mark (0.3 or 0,3) are detected
                    and stated in the output ("Data: … read as …"; "input" with --json);
                    or Stata .dta (formats 117–119, Stata 13+) or Parquet (.parquet; Snappy, gzip, Brotli, none)
  --dataset ID      a bundled dataset instead of --data (see peacepanel datasets), e.g. africa-conflict-month
  --data-dir DIR    where the dataset JSON files are (default: the bundled ones)
  --main            fit the study's declared main specification (MAIN_SPEC: formula, NB2, subset
                    1993–2018, unit, time, CR1 by conflict_id) on --dataset (default africa-conflict-month);
                    other options override its parts
  --formula TEXT    R-style formula: a + b, a:b, a*b, -1, log(x), log1p(x), I(x/1000), lag(x, k),
                    factor(g), offset(log(e)), fixed effects after "|" (y ~ x | unit + year)
  --family NAME     negbin (default) or poisson
  --vcov NAME       model (default; glm.nb), oim (Stata), robust, cluster
  --cluster A[,B]   cluster column for --vcov cluster; two columns: two-way (Cameron–Gelbach–Miller)
  --weights COL     frequency weights (≥ 0; row i counts wᵢ times, as R glm(weights =), Stata fweight)
  --model NAME      zip, zinb, hurdle-poisson or hurdle-nb: zero-inflated or hurdle model (pscl); then
                    "|" separates count and zero terms (y ~ x1 + x2 | z), not fixed effects
  --bootstrap N     bootstrap with N replications: pairs cluster bootstrap intervals, or with --wild
  --wild            the wild cluster score bootstrap p-value of each coefficient (Webb weights)
  --seed S          bootstrap seed (default 1); the same seed gives the same numbers
  --table FORMAT    print a regression table instead: html, md, csv or tex
  --convention C    stata (default; CR1 over (β, ln α)) or sandwich (R vcovCL/vcovHC, θ fixed);
                    --model fits always use sandwich's convention (pscl + vcovCL)
  --hc HC0|HC1      small-sample factor for --vcov robust (default HC1)
  --unit COL        panel unit column (needed by lag())
  --time COL        panel time column (needed by lag())
  --subset EXPR     fit only the rows where EXPR holds, as R's subset=, e.g. "year >= 1993 & year <= 2018"
                    (== != < <= > >=, &, |, !, quoted text); the rows outside are reported as excluded
  --level P         confidence level (default 0.95)
  --json            print one JSON object instead of the table`;

interface FitArgs {
  /** The file to read, or null when a bundled dataset is fitted. */
  data: string | null;
  /** The bundled dataset id (with --dataset or --main). */
  dataset: string | null;
  dataDir: string | undefined;
  json: boolean;
  spec: ModelSpecInput;
  extras: FitExtras;
}

function parseArgs(argv: string[]): FitArgs {
  const { values, booleans } = readFlags('fit', argv, {
    values: [
      '--data',
      '--dataset',
      '--data-dir',
      '--formula',
      '--family',
      '--vcov',
      '--cluster',
      '--weights',
      '--convention',
      '--hc',
      '--unit',
      '--time',
      '--subset',
      '--level',
      ...EXTRA_VALUE_FLAGS,
    ],
    booleans: ['--json', '--main', ...EXTRA_BOOLEAN_FLAGS],
  });
  const extras = readFitExtras(values, booleans);
  const main = booleans.has('--main');
  const data = values.get('--data') ?? null;
  const dataset = values.get('--dataset') ?? (main && !data ? MAIN_DATASET_ID : null);
  if (data && dataset)
    throw messages.badOption('--dataset', dataset, 'given without --data (one source of rows)');
  if (!data && !dataset)
    throw messages.badOption('--data', '', 'given: the CSV file to fit (or --dataset ID, or --main)');
  const formula = values.get('--formula') ?? (main ? MAIN_SPEC.formula : undefined);
  if (formula === undefined)
    throw messages.badOption('--formula', '', 'given, e.g. "deaths ~ un_troops * nonun_troops"');
  const spec: ModelSpecInput = main ? { ...MAIN_SPEC, formula } : { formula };
  const word = <T extends string>(flag: string, allowed: readonly T[]): T | undefined => {
    const v = values.get(flag);
    return v === undefined ? undefined : oneOf(flag, v, allowed);
  };
  const family = word('--family', ['negbin', 'poisson'] as const);
  if (family) spec.family = family;
  const vcov = word('--vcov', ['model', 'oim', 'robust', 'cluster'] as const);
  if (vcov) spec.vcov = vcov;
  const convention = word('--convention', ['stata', 'sandwich'] as const);
  if (convention) spec.clusterConvention = convention;
  const hc = word('--hc', ['HC0', 'HC1'] as const);
  if (hc) spec.hc = hc;
  if (extras.clusters[0]) spec.cluster = extras.clusters[0];
  if (extras.clusters[1]) spec.cluster2 = extras.clusters[1];
  for (const [flag, key] of [
    ['--weights', 'weights'],
    ['--unit', 'unit'],
    ['--time', 'time'],
    ['--subset', 'subset'],
  ] as const) {
    const v = values.get(flag);
    if (v !== undefined) spec[key] = v;
  }
  const level = values.get('--level');
  if (level !== undefined) {
    const x = Number(level);
    if (!(x > 0.5 && x < 1))
      throw messages.badOption('--level', level, 'a number between 0.5 and 1, e.g. 0.95');
    spec.ciLevel = x;
  }
  if (spec.cluster && spec.vcov === undefined) spec.vcov = 'cluster';
  return { data, dataset, dataDir: values.get('--data-dir'), json: booleans.has('--json'), spec, extras };
}

/** Adds the file (and the real line) to a user error raised while fitting. */
function locate(e: PeacepanelError, file: string, lineOf: (row: number) => number): PeacepanelError {
  const loc = e.location ?? {};
  const line = loc.line !== undefined ? lineOf(loc.line - 2) : undefined;
  return new PeacepanelError(e.code, e.message, {
    location: { ...loc, file, ...(line !== undefined ? { line } : {}) },
    ...(e.fix ? { fix: e.fix } : {}),
  });
}

function fmt(x: number | null, digits = 5): string {
  if (x === null || !Number.isFinite(x)) return 'NA';
  const a = Math.abs(x);
  return a !== 0 && (a < 1e-4 || a >= 1e6) ? x.toExponential(digits - 2) : x.toPrecision(digits);
}

function stars(p: number): string {
  return p < 0.001 ? '***' : p < 0.01 ? '**' : p < 0.05 ? '*' : p < 0.1 ? '.' : '';
}

/** R summary()-like text. */
export function formatFitSummary(r: FitResult): string {
  const rows = r.coefficients.map((c) => [
    c.term,
    c.aliased ? 'NA' : fmt(c.estimate),
    c.aliased ? 'NA' : fmt(c.stdError),
    c.aliased ? 'NA' : fmt(c.z, 4),
    c.aliased ? 'NA' : c.p < 2e-16 ? '<2e-16' : fmt(c.p, 3),
    c.aliased ? '' : stars(c.p),
  ]);
  const head = ['', 'Estimate', 'Std. Error', 'z value', 'Pr(>|z|)', ''];
  const widths = head.map((h, j) => Math.max(h.length, ...rows.map((row) => (row[j] as string).length)));
  const line = (cells: string[]) =>
    cells
      .map((c, j) => (j === 0 ? c.padEnd(widths[j] as number) : c.padStart(widths[j] as number)))
      .join('  ')
      .trimEnd();
  const out = [
    `${r.family === 'negbin' ? 'Negative binomial (NB2)' : 'Poisson'} regression: ${r.formula}`,
    `n = ${r.n} used, ${r.nExcluded} excluded${r.weights ? `; frequency weights ${r.weights.column} (Σ w = ${r.weights.total})` : ''}`,
    '',
    'Coefficients:',
    line(head),
    ...rows.map(line),
    '---',
    "Signif. codes:  0 '***' 0.001 '**' 0.01 '*' 0.05 '.' 0.1 ' ' 1",
    `Standard errors: ${r.vcovType}`,
    '',
  ];
  if (r.theta !== null)
    out.push(`Theta: ${fmt(r.theta)} (SE ${fmt(r.thetaStdError)}); alpha = 1/theta = ${fmt(r.alpha)}`);
  out.push(
    `Log-likelihood: ${r.logLik.toFixed(4)} (df ${r.df}); AIC ${r.aic.toFixed(3)}; BIC ${r.bic.toFixed(3)}`,
    `Residual deviance: ${r.deviance.toFixed(4)}; null deviance: ${r.nullDeviance.toFixed(4)}`,
    `${r.converged ? 'Converged' : 'NOT converged'} after ${r.iterations} iterations (score norm ${fmt(r.gradientNorm, 3)})`,
  );
  for (const e of r.exclusions) out.push(`Excluded: ${e.count} rows: ${e.reason}`);
  const other = r.warnings.filter((w) => !/rows excluded:/.test(w));
  if (other.length) out.push('Warnings:', ...other.map((w) => `  - ${w}`));
  if (r.poissonAlternative)
    out.push(
      '',
      'The Poisson fit of the same formula (offered because θ → ∞):',
      '',
      formatFitSummary(r.poissonAlternative),
    );
  return out.join('\n');
}

/** The `--json` object (stable contract for scripts). */
export function fitJson(r: FitResult, vcov: string): Record<string, unknown> {
  return {
    family: r.family,
    formula: r.formula,
    n: r.n,
    nExcluded: r.nExcluded,
    exclusions: r.exclusions,
    converged: r.converged,
    iterations: r.iterations,
    theta: r.theta,
    thetaStdError: r.thetaStdError,
    alpha: r.alpha,
    logLik: r.logLik,
    df: r.df,
    aic: r.aic,
    bic: r.bic,
    deviance: r.deviance,
    nullDeviance: r.nullDeviance,
    vcov,
    vcovType: r.vcovType,
    gradientNorm: r.gradientNorm,
    coefficients: r.coefficients.map(({ term, estimate, stdError, z, p, ciLow, ciHigh, aliased }) => ({
      term,
      estimate,
      stdError,
      z,
      p,
      ciLow,
      ciHigh,
      aliased,
    })),
    warnings: r.warnings,
    ...(r.weights ? { weights: r.weights } : {}),
    ...(r.poissonAlternative ? { poissonAlternative: fitJson(r.poissonAlternative, vcov) } : {}),
  };
}

/**
 * The rows to fit: a bundled dataset (`--dataset`, `--main`) or a data file (`--data`).
 * @example await readFitData({ data: null, dataset: 'africa-conflict-month', dataDir: undefined })
 */
async function readFitData(
  args: Pick<FitArgs, 'data' | 'dataset' | 'dataDir'>,
): Promise<Awaited<ReturnType<typeof readDataTable>> & { label: string }> {
  if (args.data) return { ...(await readDataTable(args.data)), label: args.data };
  const d = readDatasetJson(args.dataset as string, datasetsDir(args.dataDir));
  const table = tableFromDataset(d);
  return {
    table,
    dialect: null,
    label: `${d.id} v${d.version}`,
    lineOf: (row) => row + 1,
    cells: (name) => {
      const c = table.columns[name];
      return c ? Array.from(c.values as ArrayLike<unknown>, (v) => (v == null ? '' : String(v))) : [];
    },
  };
}

/** `peacepanel fit`: fits one count model from a CSV file. */
export const fitCommand: Command = {
  name: 'fit',
  summary: 'fit a negative binomial or Poisson model to a CSV file (R-style formula)',
  usage: USAGE,
  async run(argv: string[], io: CliIo): Promise<number> {
    const args = parseArgs(argv);
    const spec = parseModelSpec(args.spec);
    const { model } = args.extras;
    const parsed = parseFormula(model ? splitTwoPartFormula(spec.formula).count : spec.formula);
    const { table, lineOf, cells, dialect, label } = await readFitData(args);
    if (parsed.response.type === 'name') {
      const name = parsed.response.name;
      const col = table.columns[name];
      if (!col) throw messages.missingColumn(label, name, Object.keys(table.columns));
      if (col.kind === 'string') {
        const all = cells(name);
        const row = all.findIndex((c) => parseNumberCell(c) === undefined);
        if (row < 0) throw messages.noData(label, `the outcome column "${name}" has no values`);
        throw messages.badValue(
          { file: label, line: lineOf(row), column: name },
          all[row] ?? '',
          'a count (a whole number ≥ 0)',
        );
      }
    }
    let result: FitResult;
    let text: string;
    try {
      if (model) {
        io.out(runTwoPart(model, spec, args.extras, table, args.json));
        return 0;
      }
      result = fitModel(spec, table);
      const read = `${label} read as ${dialect ? describeDialect(dialect) : args.dataset ? 'bundled dataset' : /\.dta$/i.test(label) ? 'Stata .dta' : 'Parquet'}`;
      text = args.json
        ? JSON.stringify({ ...fitJson(result, spec.vcov), input: { file: label, read, dialect } })
        : args.extras.table
          ? regressionTable([result], args.extras.table)
          : `${formatFitSummary(result)}\nData: ${read}`;
      if (args.extras.bootstrap) text += `\n\n${bootstrapText(spec, table, result, args.extras.bootstrap)}`;
    } catch (e) {
      if (
        e instanceof PeacepanelError &&
        e.code === 'MISSING_COLUMN' &&
        e.location?.column &&
        !e.message.startsWith('in the zero part')
      )
        throw messages.missingColumn(label, e.location.column, Object.keys(table.columns));
      if (e instanceof PeacepanelError) throw locate(e, label, lineOf);
      throw e;
    }
    io.out(text);
    return 0;
  },
};
