// Benchmark of the core estimators: `pnpm bench` in packages/core.
// 1. The same NB2 model on the same data (pko dyad-month, 18,340 rows) in R's MASS::glm.nb (when Rscript is
//    installed) and in fitModel, in one run: times, ratio and the largest coefficient difference (in SEs).
// 2. A scaling table on simulated NB2 data: 10k / 100k rows × 10 / 100 parameters.
// Times are medians (pko: 7 fits after 10 warm-up fits, R: 7 or 3 after one; scaling: 5, or 3 at
// 100k × 100) after a warm-up, wall-clock and CPU (process.cpuUsage; R: system.time),
// since the machine may be shared.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCsvTable } from '../src/cli/commands/fit.js';
import { fitModel } from '../src/estimators/fit-model.js';
import type { FitResult } from '../src/estimators/result.js';
import type { ModelSpecInput } from '../src/model/spec.js';
import type { Table } from '../src/table.js';

const PKO = new URL('../../data/raw/pko_dyadmonth_africa/pko_dyadmonth_africa.csv', import.meta.url).pathname;
/** glm.nb (default control) converges on this one, so the two fits can be compared on equal results. */
const PKO_FORMULA = 'brf_grc ~ troop_lag1000 * regional_pko + log1p(brf_grc_lag) + ceasefire + pop_ln';
/** ... and stops at its alternation limit on this one (see test/fixtures/fit-reference.json). */
const PKO_HARD = 'brf_grc ~ troop_lag1000 + police_lag1000 + brf_grc_lag + ceasefire + pop_ln + regional_pko';

interface Timing {
  wallMs: number;
  cpuMs: number;
  result: FitResult;
}

function time(spec: ModelSpecInput, data: Table, reps: number, warmUp = 3): Timing {
  for (let k = 0; k < warmUp; k++) fitModel(spec, data); // warm-up (JIT)
  const walls: number[] = [];
  const cpus: number[] = [];
  let result: FitResult | undefined;
  for (let r = 0; r < reps; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    result = fitModel(spec, data);
    walls.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpus.push((c.user + c.system) / 1000);
  }
  const median = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)] as number;
  return { wallMs: median(walls), cpuMs: median(cpus), result: result as FitResult };
}

function rscriptAvailable(): boolean {
  return spawnSync('Rscript', ['--version'], { encoding: 'utf8' }).status === 0;
}

/** Times glm.nb in R (CSV read and a first fit excluded); returns median per-fit seconds, coefficients and logLik. */
function timeR(
  csv: string,
  formula: string,
  reps: number,
): { seconds: number; cpuSeconds: number; coefficients: number[]; logLik: number; warnings: string } | null {
  const code = `
suppressMessages(library(MASS))
d <- read.csv(${JSON.stringify(csv)})
f <- ${formula}
w <- character()
m <- withCallingHandlers(glm.nb(f, data = d), warning = function(x) { w <<- c(w, conditionMessage(x)); invokeRestart("muffleWarning") })
st <- sapply(seq_len(${reps}), function(i) system.time(m <<- suppressWarnings(glm.nb(f, data = d))))
cat("SECONDS", median(st["elapsed", ]), "\\n"); cat("CPU", median(st["user.self", ] + st["sys.self", ]), "\\n"); cat("LOGLIK", format(as.numeric(logLik(m)), digits = 15), "\\n")
cat("COEF", format(coef(m), digits = 15), "\\n"); cat("WARN", paste(unique(w), collapse = " | "), "\\n")`;
  const out = spawnSync('Rscript', ['-e', code], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (out.status !== 0) {
    console.log(`  Rscript failed: ${out.stderr.trim().split('\n').slice(-2).join(' ')}`);
    return null;
  }
  const line = (key: string) =>
    out.stdout
      .split('\n')
      .find((l) => l.startsWith(key))
      ?.slice(key.length)
      .trim() ?? '';
  return {
    seconds: Number(line('SECONDS')),
    cpuSeconds: Number(line('CPU')),
    logLik: Number(line('LOGLIK')),
    coefficients: line('COEF').split(/\s+/).map(Number),
    warnings: line('WARN'),
  };
}

/** Seeded NB2 data: x1..x(p−1) ~ N(0, 1), β_j = 0.3/√p alternating in sign, θ = 2. */
function simulate(n: number, p: number, seed: number): Table {
  let a = seed >>> 0;
  const unif = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = () => Math.sqrt(-2 * Math.log(1 - unif())) * Math.cos(2 * Math.PI * unif());
  const gamma2 = () => -Math.log(1 - unif()) - Math.log(1 - unif()); // Gamma(2, 1)
  const columns: Table['columns'] = {};
  const xs: Float64Array[] = [];
  for (let j = 1; j < p; j++) {
    const x = new Float64Array(n);
    for (let i = 0; i < n; i++) x[i] = normal();
    xs.push(x);
    columns[`x${j}`] = { kind: 'number', values: x };
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let eta = 1;
    for (let j = 0; j < xs.length; j++) eta += ((j % 2 ? -0.3 : 0.3) / Math.sqrt(p)) * (xs[j]![i] as number);
    const lambda = (Math.exp(eta) * gamma2()) / 2;
    let k = 0;
    let prob = Math.exp(-lambda);
    let s = prob;
    const r = unif();
    while (r > s && k < 10000) {
      k++;
      prob *= lambda / k;
      s += prob;
    }
    y[i] = k;
  }
  columns.y = { kind: 'number', values: y };
  return { n, columns };
}

function toCsv(t: Table): string {
  const names = Object.keys(t.columns);
  const lines = [names.join(',')];
  for (let i = 0; i < t.n; i++) lines.push(names.map((k) => String(t.columns[k]!.values[i])).join(','));
  return `${lines.join('\n')}\n`;
}

const fmtMs = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const withR = rscriptAvailable();
console.log(`peacepanel core bench  (node ${process.version}; Rscript ${withR ? 'found' : 'not found'})\n`);

// 1. Same model, same data, R vs peacepanel.
const { table: pko } = readCsvTable(PKO);
for (const formula of [PKO_FORMULA, PKO_HARD]) {
  const ours = time({ formula }, pko, 7, 10);
  console.log(`NB2 ${formula}`);
  console.log(
    `  data: pko dyad-month (packages/data/raw), ${ours.result.n} rows used, ${ours.result.coefficients.length} coefficients + θ`,
  );
  console.log(
    `  peacepanel fitModel: ${fmtMs(ours.wallMs)} wall (${fmtMs(ours.cpuMs)} CPU), ${ours.result.iterations} iterations, logLik ${ours.result.logLik.toFixed(6)}`,
  );
  if (withR) {
    const r = timeR(PKO, formula, formula === PKO_FORMULA ? 7 : 3);
    if (r) {
      const maxSe = Math.max(
        ...r.coefficients.map(
          (b, j) =>
            Math.abs(b - ours.result.coefficients[j]!.estimate) / ours.result.coefficients[j]!.stdError,
        ),
      );
      console.log(
        `  R MASS::glm.nb:      ${fmtMs(r.seconds * 1000)} wall (${fmtMs(r.cpuSeconds * 1000)} CPU) per fit, logLik ${r.logLik.toFixed(6)}${r.warnings ? `  [R warned: ${r.warnings}]` : ''}`,
      );
      console.log(
        `  ratio R / peacepanel: ${((r.seconds * 1000) / ours.wallMs).toFixed(1)}× wall, ${((r.cpuSeconds * 1000) / ours.cpuMs).toFixed(1)}× CPU   largest coefficient difference: ${maxSe.toExponential(2)} SE; logLik ours − R: ${(ours.result.logLik - r.logLik).toExponential(2)}`,
      );
    }
  }
  console.log('');
}

// 2. Scaling table.
console.log('Scaling (simulated NB2, θ = 2, model vcov):');
console.log('  rows      params  wall       CPU        iterations  converged');
const dir = mkdtempSync(join(tmpdir(), 'peacepanel-bench-'));
for (const [n, p] of [
  [10_000, 10],
  [10_000, 100],
  [100_000, 10],
  [100_000, 100],
] as const) {
  const data = simulate(n, p, 2026 + n + p);
  const formula = `y ~ ${Array.from({ length: p - 1 }, (_, j) => `x${j + 1}`).join(' + ')}`;
  const t = time({ formula }, data, n * p >= 1e7 ? 3 : 5, n * p >= 1e7 ? 1 : 3);
  let rCol = '';
  if (withR && p === 10) {
    const csv = join(dir, `sim-${n}-${p}.csv`);
    writeFileSync(csv, toCsv(data));
    const r = timeR(csv, formula, 1);
    if (r)
      rCol = `  R glm.nb ${fmtMs(r.seconds * 1000)} wall, ${fmtMs(r.cpuSeconds * 1000)} CPU (${((r.seconds * 1000) / t.wallMs).toFixed(1)}× wall, ${((r.cpuSeconds * 1000) / t.cpuMs).toFixed(1)}× CPU)`;
  }
  console.log(
    `  ${String(n).padEnd(9)} ${String(p).padEnd(7)} ${fmtMs(t.wallMs).padEnd(10)} ${fmtMs(t.cpuMs).padEnd(10)} ${String(t.result.iterations).padEnd(11)} ${t.result.converged}${rCol}`,
  );
}
