// Size of the wild cluster score bootstrap against CR1 with few clusters: a Monte Carlo study.
// Run: node --import tsx bench/wild-bootstrap.ts [simulations] [reps]   (from packages/core)
//
// Design (simulated data, labelled as such): G = 30 clusters of unequal size (5 to 80 rows), a
// regressor with a skewed cluster-level component x = z_g + 0.5·e (z_g lognormal), cluster random
// effects u_g ~ N(0, 0.5²), y ~ NB2(μ = exp(0.5 + 0·x + u_g), θ = 1). H0: β_x = 0 is TRUE. Each
// simulation tests it at 5% with (a) the CR1 Wald test (Stata nbreg vce(cluster) convention,
// normal reference as Stata's nbreg) and (b) the wild cluster score bootstrap (Kline & Santos 2012;
// Webb weights, B = reps). Printed: rejection rates side by side with their Monte Carlo SE.
import { fitModel } from '../src/estimators/fit-model.js';
import { seededRng } from '../src/inference/rng.js';
import { wildClusterBootstrap } from '../src/inference/wild-cluster-bootstrap.js';
import type { Table } from '../src/table.js';

const sims = Number(process.argv[2] ?? 400);
const reps = Number(process.argv[3] ?? 399);
const G = 30;

/** Standard normal by Box–Muller. */
function normal(r: ReturnType<typeof seededRng>): number {
  return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
}
/** Gamma(shape k ≥ 1, scale 1) by Marsaglia & Tsang (2000). */
function gamma(r: ReturnType<typeof seededRng>, k: number): number {
  const d = k - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normal(r);
    const v = (1 + c * x) ** 3;
    if (v > 0 && Math.log(1 - r.nextDouble()) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}
/** Poisson by inversion (means here stay far below 700). */
function poisson(r: ReturnType<typeof seededRng>, mu: number): number {
  let k = 0;
  let p = Math.exp(-mu);
  let s = p;
  const u = r.nextDouble();
  while (u > s && k < 10000) {
    k++;
    p *= mu / k;
    s += p;
  }
  return k;
}

function simulate(sim: number): Table {
  const r = seededRng(20261204, sim);
  const y: number[] = [];
  const x: number[] = [];
  const g: string[] = [];
  for (let c = 0; c < G; c++) {
    const size = 5 + r.nextInt(76);
    const z = Math.exp(normal(r));
    const u = 0.5 * normal(r);
    for (let i = 0; i < size; i++) {
      const mu = Math.exp(0.5 + u);
      y.push(poisson(r, mu * gamma(r, 1)));
      x.push(z + 0.5 * normal(r));
      g.push(`c${c}`);
    }
  }
  return {
    n: y.length,
    columns: {
      y: { kind: 'number', values: Float64Array.from(y) },
      x: { kind: 'number', values: Float64Array.from(x) },
      g: { kind: 'string', values: g },
    },
  };
}

let rejectCr1 = 0;
let rejectWild = 0;
let done = 0;
const t0 = performance.now();
for (let s = 0; s < sims; s++) {
  const data = simulate(s);
  const spec = { formula: 'y ~ x', vcov: 'cluster' as const, cluster: 'g' };
  const fit = fitModel(spec, data);
  const p = fit.coefficients.find((c) => c.term === 'x')?.p ?? Number.NaN;
  if (!Number.isFinite(p)) continue;
  const wild = wildClusterBootstrap(spec, data, { term: 'x', reps, seed: s, weights: 'webb' });
  done++;
  if (p < 0.05) rejectCr1++;
  if (wild.p < 0.05) rejectWild++;
}
const secs = (performance.now() - t0) / 1000;
const rate = (k: number) => k / done;
const mcse = (k: number) => Math.sqrt((rate(k) * (1 - rate(k))) / done);
console.log(
  `Size of tests of a true null at 5%: NB2, G = ${G} clusters, ${done} simulations, B = ${reps} (Webb)`,
);
console.log('test                          rejection rate   MC s.e.');
console.log(
  `CR1 Wald (Stata convention)        ${rate(rejectCr1).toFixed(3)}        ${mcse(rejectCr1).toFixed(3)}`,
);
console.log(
  `wild cluster score bootstrap       ${rate(rejectWild).toFixed(3)}        ${mcse(rejectWild).toFixed(3)}`,
);
console.log(`(${secs.toFixed(1)} s)`);
