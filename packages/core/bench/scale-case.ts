// One scaling case of `pnpm bench`, run in its own process so that its peak memory is its own:
//   node --import tsx bench/scale-case.ts ROWS PARAMS [UNITS]
// Prints one JSON line: median wall and CPU time of the fits (after one warm-up fit when the case is
// small), iterations, convergence, resident memory before the fits and the process's peak.
import { fitModel } from '../src/estimators/fit-model.js';
import type { FitResult } from '../src/estimators/result.js';
import { simulatedFormula, simulateNb2 } from './simulate.js';

const [n, p, units] = process.argv.slice(2).map(Number) as [number, number, number | undefined];
// One-way fixed effects are parameters, not columns: the design is n × p whatever the number of units.
const denseBytes = n * p * 8;
if (denseBytes > 2 ** 31) {
  console.log(JSON.stringify({ skipped: `the design would need ${(denseBytes / 2 ** 30).toFixed(1)} GB` }));
  process.exit(0);
}
const data = simulateNb2(n, p, 2026 + n + p, units ?? 0);
const formula = simulatedFormula(p, units ?? 0);
const reps = n * p >= 1e7 ? 3 : 5;
if (n * p < 1e7) fitModel({ formula }, data);
const rssBefore = process.memoryUsage().rss;
const walls: number[] = [];
const cpus: number[] = [];
let last: FitResult | undefined;
for (let r = 0; r < reps; r++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  last = fitModel({ formula }, data);
  walls.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  cpus.push((c.user + c.system) / 1000);
}
const median = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)] as number;
const result = last as FitResult;
console.log(
  JSON.stringify({
    wallMs: median(walls),
    cpuMs: median(cpus),
    iterations: result.iterations,
    converged: result.converged,
    rows: result.n,
    coefficients: result.coefficients.length,
    rssBeforeMB: rssBefore / 2 ** 20,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  }),
);
