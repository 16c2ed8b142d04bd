import {
  clusterBootstrap,
  type FitResult,
  fitTwoPartModel,
  type ModelSpec,
  messages,
  percentileIntervals,
  type RegressionTableFormat,
  regressionTable,
  summaryText,
  type Table,
  TWO_PART_MODELS,
  type TwoPartModelName,
  wildClusterBootstrap,
} from '@peacepanel/core';
import { oneOf } from '../flags.js';

/** The options `fit` gained for issue 14: two-part models, two-way clusters, bootstrap, table export. */
export interface FitExtras {
  model?: TwoPartModelName;
  /** Cluster columns from `--cluster A[,B]`. */
  clusters: string[];
  bootstrap?: { reps: number; seed: number; wild: boolean };
  table?: RegressionTableFormat;
}

/** The flags read by {@link readFitExtras}. */
export const EXTRA_VALUE_FLAGS = ['--model', '--bootstrap', '--seed', '--table'] as const;
export const EXTRA_BOOLEAN_FLAGS = ['--wild'] as const;

const TABLE_FORMATS: Record<string, RegressionTableFormat> = {
  html: 'html',
  md: 'markdown',
  csv: 'csv',
  tex: 'latex',
};

/**
 * Reads `--model`, `--cluster A[,B]`, `--bootstrap N --seed S [--wild]` and `--table FORMAT`.
 * @throws PeacepanelError `BAD_OPTION` naming the flag and what it accepts.
 * @example readFitExtras(new Map([['--cluster', 'a,b']]), new Set()).clusters // => ['a', 'b']
 */
export function readFitExtras(values: Map<string, string>, booleans: Set<string>): FitExtras {
  const out: FitExtras = { clusters: [] };
  const model = values.get('--model');
  if (model !== undefined) out.model = oneOf('--model', model, TWO_PART_MODELS);
  const cluster = values.get('--cluster');
  if (cluster !== undefined) {
    const parts = cluster.split(',').map((s) => s.trim());
    if (parts.length > 2) throw messages.clusterOption(cluster, 'names more than two columns');
    if (parts.some((s) => s === '')) throw messages.clusterOption(cluster, 'has an empty column name');
    if (parts[0] === parts[1]) throw messages.clusterOption(cluster, 'names the same column twice');
    out.clusters = parts;
  }
  const table = values.get('--table');
  if (table !== undefined) out.table = TABLE_FORMATS[oneOf('--table', table, Object.keys(TABLE_FORMATS))];
  const reps = values.get('--bootstrap');
  const seed = values.get('--seed');
  if (reps === undefined && (seed !== undefined || booleans.has('--wild')))
    throw messages.badOption(
      '--bootstrap',
      '',
      'given with --seed and --wild (e.g. --bootstrap 999 --seed 1)',
    );
  if (reps !== undefined) {
    const n = Number(reps);
    if (!(Number.isInteger(n) && n > 0 && n <= 1e6))
      throw messages.badOption('--bootstrap', reps, 'a whole number of replications between 1 and 1000000');
    const s = Number(seed ?? 1);
    if (!(Number.isSafeInteger(s) && s >= 0))
      throw messages.badOption('--seed', seed ?? '', 'a whole number ≥ 0');
    out.bootstrap = { reps: n, seed: s, wild: booleans.has('--wild') };
  }
  return out;
}

/**
 * `fit --model zip|zinb|hurdle-poisson|hurdle-nb`: fits the two-part model and returns its text
 * (pscl-like summary, or the table with `--table`, or JSON).
 * @throws PeacepanelError for bad input (`--bootstrap` is not available for two-part models).
 * @example const extras = readFitExtras(new Map(), new Set());
 * runTwoPart('zinb', parseModelSpec({ formula: 'Days ~ Eth | 1' }), extras, quine, false).length > 0 // => true
 */
export function runTwoPart(
  model: TwoPartModelName,
  spec: ModelSpec,
  extras: FitExtras,
  table: Table,
  json: boolean,
): string {
  if (extras.bootstrap)
    throw messages.badOption(
      '--bootstrap',
      String(extras.bootstrap.reps),
      `available for family negbin or poisson, not --model ${model}`,
    );
  const fit = fitTwoPartModel(
    {
      formula: spec.formula,
      model,
      vcov: spec.vcov === 'oim' ? 'model' : spec.vcov,
      ...(extras.clusters.length ? { cluster: extras.clusters } : {}),
      ...(spec.unit ? { unit: spec.unit } : {}),
      ...(spec.time ? { time: spec.time } : {}),
      ciLevel: spec.ciLevel,
      maxIter: spec.maxIter,
      tol: spec.tol,
    },
    table,
  );
  if (json) return JSON.stringify(fit.result);
  if (extras.table) return regressionTable([fit.result], extras.table);
  return summaryText(fit.result);
}

/**
 * The bootstrap section printed under a negative binomial or Poisson fit: with `wild`, the wild
 * cluster score bootstrap p-value of each coefficient (Webb weights); otherwise pairs cluster
 * bootstrap percentile intervals.
 * @throws PeacepanelError when the bootstrap needs a cluster column and none was given.
 * @example const spec = parseModelSpec({ formula: 'Days ~ Eth', vcov: 'cluster', cluster: 'Age' });
 * bootstrapText(spec, quine, fitModel(spec, quine), { reps: 9, seed: 1, wild: true }).length > 0 // => true
 */
export function bootstrapText(
  spec: ModelSpec,
  table: Table,
  result: FitResult,
  b: { reps: number; seed: number; wild: boolean },
): string {
  const terms = result.coefficients.filter((c) => !c.aliased).map((c) => c.term);
  if (b.wild) {
    if (!spec.cluster) throw messages.bootstrapNeedsCluster();
    const lines = [
      `Wild cluster score bootstrap (Kline & Santos 2012), Webb weights, B = ${b.reps}, seed ${b.seed}:`,
    ];
    for (const term of terms.filter((t) => t !== '(Intercept)')) {
      const w = wildClusterBootstrap(spec, table, { term, reps: b.reps, seed: b.seed, weights: 'webb' });
      lines.push(
        `  ${term.padEnd(30)} score stat ${w.statistic.toFixed(3).padStart(9)}  p = ${w.p.toFixed(4)}  (G = ${w.clusters})`,
      );
    }
    return lines.join('\n');
  }
  const boot = clusterBootstrap(spec, table, { reps: b.reps, seed: b.seed, terms });
  const ci = percentileIntervals(boot.draws, boot.terms.length, spec.ciLevel);
  const lines = [
    `Pairs bootstrap by ${boot.cluster ?? 'row'} (${boot.clusters} clusters), B = ${b.reps}, seed ${b.seed}, ${boot.failed} failed: ${spec.ciLevel * 100}% percentile intervals`,
  ];
  boot.terms.forEach((t, j) => {
    const c = ci[j];
    lines.push(`  ${t.padEnd(30)} [${c?.lower.toFixed(5)}, ${c?.upper.toFixed(5)}]`);
  });
  return lines.join('\n');
}
