// Seeded NB2 data for the scaling bench (no real data at these sizes: labelled as simulated).
import type { Table } from '../src/table.js';

/**
 * Seeded NB2 data: x1..x(p−1) ~ N(0, 1), β_j = 0.3/√p alternating in sign, θ = 2; with `units` > 0 a
 * unit column (rows assigned round-robin) whose effects ~ N(0, 0.5²) enter the mean.
 * @example simulateNb2(1000, 5, 1).n // 1000
 */
export function simulateNb2(n: number, p: number, seed: number, units = 0): Table {
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
  const effects = Float64Array.from({ length: units }, () => 0.5 * normal());
  const unit = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let eta = 1;
    if (units > 0) {
      unit[i] = i % units;
      eta += effects[i % units] as number;
    }
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
  if (units > 0) columns.unit = { kind: 'number', values: unit };
  return { n, columns };
}

/** The formula y ~ x1 + … + x(p−1), with `| unit` when the data have units. */
export function simulatedFormula(p: number, units = 0): string {
  const rhs = Array.from({ length: p - 1 }, (_, j) => `x${j + 1}`).join(' + ');
  return `y ~ ${rhs}${units > 0 ? ' | unit' : ''}`;
}
