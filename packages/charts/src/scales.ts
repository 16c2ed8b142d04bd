/**
 * A linear scale maps a numeric domain onto a pixel range, with "nice" tick values.
 * The tick algorithm is the 1-2-5 step rule used by d3-array's `ticks` (Bostock, d3-array, `ticks.js`).
 */
export interface LinearScale {
  (value: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
  /** Tick values inside the domain, about `count` of them, on a 1-2-5 step. */
  ticks(count: number): number[];
}

/**
 * The step (1, 2 or 5 times a power of ten) that splits `[lo, hi]` into about `count` intervals.
 * @example tickStep(0, 20000, 4) // => 5000
 */
export function tickStep(lo: number, hi: number, count: number): number {
  const span = Math.abs(hi - lo);
  if (!(span > 0) || !(count > 0)) return 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const error = raw / power;
  const factor = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
  return factor * power;
}

/**
 * Tick values on a 1-2-5 step inside `[lo, hi]`. Values are rounded to the step's precision so
 * that 0.1 + 0.2 never prints as 0.30000000000000004.
 * @example ticks(0, 20000, 4) // => [0, 5000, 10000, 15000, 20000]
 */
export function ticks(lo: number, hi: number, count: number): number[] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [];
  if (lo === hi) return [lo];
  const step = tickStep(lo, hi, Math.max(1, count));
  const digits = Math.max(0, -Math.floor(Math.log10(step)));
  const first = Math.ceil(lo / step - 1e-9);
  const last = Math.floor(hi / step + 1e-9);
  const out: number[] = [];
  for (let i = first; i <= last; i++) out.push(Number((i * step).toFixed(digits)));
  return out;
}

/**
 * Tick values on the {@link tickStep} step that cover `[min, max]`: the first at or below `min`, the last
 * at or above `max` (for axes that start and end on a tick). An empty or inverted range becomes
 * `[min, min + 1]`.
 * @example niceTicks(0, 23, 5) // [0, 5, 10, 15, 20, 25]
 */
export function niceTicks(min: number, max: number, count = 5): number[] {
  const hi = max > min ? max : min + 1;
  const step = tickStep(min, hi, Math.max(1, count));
  const digits = Math.max(0, -Math.floor(Math.log10(step)));
  const first = Math.floor(min / step + 1e-9);
  const last = Math.ceil(hi / step - 1e-9);
  const out: number[] = [];
  for (let i = first; i <= last; i++) out.push(Number((i * step).toFixed(digits)));
  return out;
}

/**
 * A "nice" upper bound for an axis from 0: the last of {@link niceTicks} over `[0, max]` with one
 * interval, so a 0–max axis and its midpoint are round numbers on the same 1-2-5 step as every other
 * axis; 1 when `max` is not positive.
 * @example niceMax(3400) // 5000
 */
export function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  return niceTicks(0, max, 1).at(-1) ?? 1;
}

/**
 * Extends `[lo, hi]` outward to whole multiples of the tick step, so the axis starts and ends on a tick.
 * @example niceDomain(0, 873, 5) // => [0, 1000]
 */
export function niceDomain(lo: number, hi: number, count: number): [number, number] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [0, 1];
  if (lo === hi) return lo === 0 ? [0, 1] : [Math.min(0, lo), Math.max(0, hi)];
  let step = tickStep(lo, hi, count);
  let a = Math.floor(lo / step) * step;
  let b = Math.ceil(hi / step) * step;
  // A second pass: the extended domain may call for a larger step.
  step = tickStep(a, b, count);
  a = Math.floor(lo / step) * step;
  b = Math.ceil(hi / step) * step;
  return [a, b];
}

/**
 * A linear scale from `domain` to `range` (range may be inverted, as for y axes).
 * @example linearScale([0, 10], [0, 100])(2.5) // => 25
 */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const scale = ((value: number) => r0 + (value - d0) * k) as LinearScale;
  Object.defineProperties(scale, {
    domain: { value: [d0, d1] as const },
    range: { value: [r0, r1] as const },
    ticks: { value: (count: number) => ticks(Math.min(d0, d1), Math.max(d0, d1), count) },
  });
  return scale;
}

/**
 * A band scale: `n` equal bands across `range` with `padding` (share of a band's step left empty).
 * Returns each band's start and the band width.
 * @example bandScale(2, [0, 100], 0.2) // => { starts: [5, 55], bandwidth: 40, step: 50 }
 */
export function bandScale(
  n: number,
  range: readonly [number, number],
  padding: number,
): { starts: number[]; bandwidth: number; step: number } {
  const [r0, r1] = range;
  if (n <= 0) return { starts: [], bandwidth: 0, step: 0 };
  const step = (r1 - r0) / n;
  const bandwidth = step * (1 - padding);
  const starts = Array.from({ length: n }, (_, i) => r0 + i * step + (step - bandwidth) / 2);
  return { starts, bandwidth, step };
}
