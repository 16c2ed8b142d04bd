// Benchmark of the core estimators: `pnpm bench` in packages/core. Every ratio comes from this one run.
// 1. The same NB2 model on the same real data (pko dyad-month, 18,340 rows) with peacepanel's fitModel
//    and, when installed, R MASS::glm.nb, R glmmTMB (nbinom2) and Python statsmodels NegativeBinomial:
//    median wall and CPU time per fit, ratios, log-likelihoods and the largest coefficient difference.
// 2. Scaling on simulated NB2 data (labelled as such), each case in its own process so that its peak
//    memory is its own: 1,000,000 × 20, 100,000 × 100, fixed effects for 1,000 units.
// Times are medians (ours: 15 fits after 15 warm-up fits; references: 5 after one untimed fit). The
// machine may be shared: CPU time (process.cpuUsage; R system.time user+sys; Python process_time) is
// printed beside wall time.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fitModel } from '../src/estimators/fit-model.js';
import type { FitResult } from '../src/estimators/result.js';
import { readCsvTable } from '../src/io/csv-table.js';
import { decodeText } from '../src/io/decode-text.js';
import type { Table } from '../src/table.js';
import {
  type ReferenceTiming,
  rHas,
  statsmodelsAvailable,
  timeGlmmTmb,
  timeGlmNb,
  timeStatsmodels,
} from './references.js';

const PKO = new URL('../../data/raw/pko_dyadmonth_africa/pko_dyadmonth_africa.csv', import.meta.url).pathname;
/** glm.nb (default control) converges on this one, so the fits can be compared on equal results. */
const PKO_FORMULA = 'brf_grc ~ troop_lag1000 * regional_pko + log1p(brf_grc_lag) + ceasefire + pop_ln';
/** ... and stops at its alternation limit on this one (see test/fixtures/fit-reference.json). */
const PKO_HARD = 'brf_grc ~ troop_lag1000 + police_lag1000 + brf_grc_lag + ceasefire + pop_ln + regional_pko';

interface Timing {
  wallMs: number;
  cpuMs: number;
  result: FitResult;
}

const median = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)] as number;

function time(formula: string, data: Table, reps: number, warmUp: number): Timing {
  for (let k = 0; k < warmUp; k++) fitModel({ formula }, data);
  const walls: number[] = [];
  const cpus: number[] = [];
  let result: FitResult | undefined;
  for (let r = 0; r < reps; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    result = fitModel({ formula }, data);
    walls.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpus.push((c.user + c.system) / 1000);
  }
  return { wallMs: median(walls), cpuMs: median(cpus), result: result as FitResult };
}

const fmtMs = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
const withR = spawnSync('Rscript', ['--version'], { encoding: 'utf8' }).status === 0;
const withTmb = withR && rHas('glmmTMB');
const withSm = statsmodelsAvailable();
console.log(
  `peacepanel core bench  (node ${process.version}; Rscript ${withR ? 'found' : 'not found'}; glmmTMB ${withTmb ? 'found' : 'not found'}; statsmodels ${withSm ? 'found' : 'not found'})\n`,
);

/** One reference against ours: times, ratios, log-likelihood and coefficient differences. */
function compare(ours: Timing, r: ReferenceTiming, sameOrder: boolean): void {
  const c = ours.result.coefficients;
  const rel = sameOrder
    ? Math.max(
        ...r.coefficients.map(
          (b, j) => Math.abs(b - c[j]!.estimate) / Math.max(Math.abs(c[j]!.estimate), 1e-8),
        ),
      )
    : Number.NaN;
  console.log(
    `  ${`${r.name}:`.padEnd(38)} ${fmtMs(r.seconds * 1000).padStart(9)} wall ${fmtMs(r.cpuSeconds * 1000).padStart(9)} CPU   ratio ${((r.seconds * 1000) / ours.wallMs).toFixed(1).padStart(6)}× wall ${((r.cpuSeconds * 1000) / ours.cpuMs).toFixed(1).padStart(6)}× CPU`,
  );
  console.log(
    `      logLik ${r.logLik.toFixed(6)} (ours − theirs ${(ours.result.logLik - r.logLik).toExponential(2)})${sameOrder ? `; largest relative coefficient difference ${rel.toExponential(2)}` : ''}; ${r.version}; says: ${r.convergence}`,
  );
}

// 1. Same model, same data.
const { table: pko } = readCsvTable(decodeText(new Uint8Array(readFileSync(PKO)), PKO).text, { file: PKO });
for (const formula of [PKO_FORMULA, PKO_HARD]) {
  const ours = time(formula, pko, 15, 15);
  console.log(`NB2 ${formula}`);
  console.log(
    `  data: pko dyad-month (packages/data/raw), ${ours.result.n} rows, ${ours.result.coefficients.length} coefficients + θ`,
  );
  console.log(
    `  ${'peacepanel fitModel:'.padEnd(38)} ${fmtMs(ours.wallMs).padStart(9)} wall ${fmtMs(ours.cpuMs).padStart(9)} CPU   ${ours.result.iterations} iterations, logLik ${ours.result.logLik.toFixed(6)}`,
  );
  const reps = 5;
  if (withR) {
    const r = timeGlmNb(PKO, formula, reps);
    if (r) compare(ours, r, true);
  }
  if (withTmb) {
    const r = timeGlmmTmb(PKO, formula, reps);
    if (r) compare(ours, r, true);
  }
  if (withSm) {
    const r = timeStatsmodels(PKO, formula, reps);
    if (r) compare(ours, r, false);
  }
  console.log('');
}

// 2. Scaling, one process per case.
console.log('Scaling (simulated NB2, θ = 2, model vcov; each case in its own process):');
console.log(
  '  rows       params  units  wall       CPU        iterations  converged  memory before fit  peak memory',
);
for (const [n, p, units] of [
  [1_000_000, 20, 0],
  [100_000, 100, 0],
  [1_000_000, 6, 1000],
] as const) {
  const out = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      new URL('./scale-case.ts', import.meta.url).pathname,
      String(n),
      String(p),
      String(units),
    ],
    { encoding: 'utf8', maxBuffer: 1 << 24 },
  );
  const row = `  ${String(n).padEnd(10)} ${String(p).padEnd(7)} ${String(units || '-').padEnd(6)}`;
  if (out.status !== 0) {
    console.log(`${row} failed: ${out.stderr.trim().split('\n').slice(-3).join(' ')}`);
    continue;
  }
  const r = JSON.parse(out.stdout.trim().split('\n').pop() as string);
  if (r.skipped) {
    console.log(`${row} not run: ${r.skipped}`);
    continue;
  }
  console.log(
    `${row} ${fmtMs(r.wallMs).padEnd(10)} ${fmtMs(r.cpuMs).padEnd(10)} ${String(r.iterations).padEnd(11)} ${String(r.converged).padEnd(10)} ${`${r.rssBeforeMB.toFixed(0)} MB`.padEnd(18)} ${r.peakRssMB.toFixed(0)} MB`,
  );
}
