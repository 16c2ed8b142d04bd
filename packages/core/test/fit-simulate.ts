// Test helper: seeded simulation of count data (mulberry32 uniforms, Marsaglia–Tsang gamma, Knuth /
// normal-approximation-free Poisson by inversion), for invariant and property tests.
import type { Table } from '../src/table.js';

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(u: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
}

export function gamma(shape: number, u: () => number): number {
  if (shape < 1) return gamma(shape + 1, u) * u() ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normal(u);
    const v = (1 + c * x) ** 3;
    if (v <= 0) continue;
    if (Math.log(1 - u()) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

export function poisson(mean: number, u: () => number): number {
  // Inversion by sequential search; fine for the moderate means used in tests.
  let k = 0;
  let p = Math.exp(-mean);
  let s = p;
  const r = u();
  while (r > s && k < 100000) {
    k++;
    p *= mean / k;
    s += p;
  }
  return k;
}

/** n rows with x1 ~ U(-1, 1), x2 ~ U(0, 2), g ∈ {a, b, c}; y ~ NB2(μ, θ) (θ = Infinity gives Poisson). */
export function simulateCounts(
  n: number,
  beta: [number, number, number],
  theta: number,
  seed: number,
): Table {
  const u = mulberry32(seed);
  const x1 = new Float64Array(n);
  const x2 = new Float64Array(n);
  const y = new Float64Array(n);
  const g: string[] = [];
  for (let i = 0; i < n; i++) {
    x1[i] = 2 * u() - 1;
    x2[i] = 2 * u();
    g.push(['a', 'b', 'c'][i % 3] as string);
    const mu = Math.exp(beta[0] + beta[1] * (x1[i] as number) + beta[2] * (x2[i] as number));
    const lambda = Number.isFinite(theta) ? (mu * gamma(theta, u)) / theta : mu;
    y[i] = poisson(lambda, u);
  }
  return {
    n,
    columns: {
      y: { kind: 'number', values: y },
      x1: { kind: 'number', values: x1 },
      x2: { kind: 'number', values: x2 },
      g: { kind: 'string', values: g },
    },
  };
}

/** The same table with rows in another order. */
export function permuteRows(t: Table, seed: number): Table {
  const u = mulberry32(seed);
  const idx = Array.from({ length: t.n }, (_, i) => i);
  for (let i = idx.length - 1; i > 0; i--) {
    const j = Math.floor(u() * (i + 1));
    [idx[i], idx[j]] = [idx[j] as number, idx[i] as number];
  }
  const columns: Table['columns'] = {};
  for (const [name, c] of Object.entries(t.columns))
    columns[name] =
      c.kind === 'number'
        ? { kind: 'number', values: Float64Array.from(idx, (i) => c.values[i] as number) }
        : { kind: 'string', values: idx.map((i) => c.values[i] ?? null) };
  return { n: t.n, columns };
}
