// Benchmark of the inference functions: prints times (and, when Rscript is installed, R's time for the
// same bootstrap workload and the ratio). Run: node --import tsx bench/inference.ts  (from packages/core)
// Data: the pko dyad-month fixture (11 471 real rows; test/fixtures/inference-pko.json).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fitModelDetailed } from '../src/estimators/fit-model.js';
import { clusterBootstrap } from '../src/inference/cluster-bootstrap.js';
import { partnershipEffect } from '../src/inference/partnership-effect.js';
import { percentileIntervals } from '../src/inference/percentile-intervals.js';
import { predict } from '../src/inference/predict.js';
import { averageSlopes } from '../src/inference/slopes.js';
import type { Table } from '../src/table.js';

const fixture = JSON.parse(
  readFileSync(new URL('../test/fixtures/inference-pko.json', import.meta.url), 'utf8'),
) as {
  data: Record<string, number[]>;
};
const d = fixture.data;
const n = d.brf_grc!.length;
const table: Table = {
  n,
  columns: {
    battle_deaths: { kind: 'number', values: Float64Array.from(d.brf_grc!) },
    un_troops_k_lag1: { kind: 'number', values: Float64Array.from(d.troop_lag1000!) },
    nonun_troops_k_lag1: { kind: 'number', values: Float64Array.from(d.regional_pko!) },
    battle_deaths_lag1: { kind: 'number', values: Float64Array.from(d.brf_grc_lag!) },
    conflict: { kind: 'string', values: d.conflict_ID!.map(String) },
  },
};
const formula = 'battle_deaths ~ un_troops_k_lag1 * nonun_troops_k_lag1 + log1p(battle_deaths_lag1)';

function time<T>(label: string, f: () => T, repeat = 1): T {
  let out: T | undefined;
  const t0 = performance.now();
  for (let r = 0; r < repeat; r++) out = f();
  const ms = (performance.now() - t0) / repeat;
  console.log(`${label.padEnd(58)} ${ms.toFixed(1).padStart(9)} ms`);
  return out as T;
}

console.log(`peacepanel inference bench — ${n} dyad-months, ${formula}\n`);
const model = time('fitModelDetailed (for reference)', () => fitModelDetailed({ formula }, table));
time('predict: all 11 471 rows (delta-method SE + interval)', () => predict(model, table), 5);
time(
  'averageSlopes: 2 variables over 11 471 rows',
  () =>
    averageSlopes(model, table, {
      variables: ['un_troops_k_lag1', 'battle_deaths_lag1'],
    }),
  5,
);
time(
  'partnershipEffect: 2 curves × 61 UN levels',
  () =>
    partnershipEffect(model, {
      unGrid: Array.from({ length: 61 }, (_, i) => i / 2),
      nonunLevels: [0, 1],
    }),
  5,
);

const reps = Number(process.env.BENCH_REPS ?? 10);
const t0 = performance.now();
const boot = clusterBootstrap({ formula, cluster: 'conflict' }, table, { reps, seed: 1 });
const ours = (performance.now() - t0) / reps;
console.log(
  `${`clusterBootstrap: ${reps} reps, ${boot.clusters} clusters (per replication)`.padEnd(58)} ${ours.toFixed(1).padStart(9)} ms`,
);
const ci = percentileIntervals(boot.draws, boot.terms.length, 0.95);
console.log(
  `  failed ${boot.failed}${boot.failures.length ? ` (${boot.failures.map((f) => `#${f.rep}: ${f.reason}`).join('; ')})` : ''}; 95% interval of ${boot.terms[4]}: [${ci[4]!.lower.toFixed(3)}, ${ci[4]!.upper.toFixed(3)}]`,
);

const r = spawnSync('Rscript', ['--version'], { encoding: 'utf8' });
if (r.status !== 0) console.log('\nRscript not found: no R comparison');
else {
  const dir = mkdtempSync(join(tmpdir(), 'pp-bench-'));
  const csv = join(dir, 'pko.csv');
  writeFileSync(
    csv,
    `y,un,nonun,lag,cl\n${Array.from({ length: n }, (_, i) => `${d.brf_grc![i]},${d.troop_lag1000![i]},${d.regional_pko![i]},${d.brf_grc_lag![i]},${d.conflict_ID![i]}`).join('\n')}\n`,
  );
  const script = `suppressPackageStartupMessages(library(MASS)); d <- read.csv("${csv}"); set.seed(1)
ids <- split(seq_len(nrow(d)), d$cl); G <- length(ids); reps <- ${reps}
t0 <- proc.time()[["elapsed"]]
for (r in seq_len(reps)) { pick <- sample.int(G, G, replace = TRUE); b <- d[unlist(ids[pick]), ]
  try(suppressWarnings(glm.nb(y ~ un * nonun + log1p(lag), data = b)), silent = TRUE) }
cat((proc.time()[["elapsed"]] - t0) / reps * 1000)`;
  const out = spawnSync('Rscript', ['-e', script], { encoding: 'utf8' });
  const rMs = Number(out.stdout.trim());
  if (!Number.isFinite(rMs)) console.log(`\nR failed: ${out.stderr.slice(0, 300)}`);
  else {
    console.log(
      `${'R glm.nb pairs bootstrap, same workload (per replication)'.padEnd(58)} ${rMs.toFixed(1).padStart(9)} ms`,
    );
    console.log(`ratio R / peacepanel: ${(rMs / ours).toFixed(2)}×`);
  }
}
