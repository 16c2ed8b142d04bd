import { solveSpd } from '../../linalg/spd.js';

/** What {@link maximizeNewton} returns. */
export interface Maximum {
  par: Float64Array;
  ll: number;
  grad: Float64Array;
  /** Observed information (negated Hessian) at `par`, q × q row-major. */
  info: Float64Array;
  iterations: number;
  converged: boolean;
  /** Log-likelihood after each iteration (non-decreasing: every step is accepted only if ℓ does not drop). */
  trace: number[];
}

/**
 * Maximises a smooth log-likelihood by damped Newton–Raphson: the step solves I·d = g with I the
 * observed information `information(x)`; when I is not positive definite a ridge
 * λ·max diag(I) is added (Levenberg–Marquardt), and the step is halved until ℓ does not decrease.
 * Stops when the Newton decrement g'I⁻¹g falls below `tol` (Nocedal & Wright 2006, §3.5, §10.3).
 * @example // maximum of −x² from x = 3
 * maximizeNewton((x) => ({ ll: -((x[0] ?? 0) ** 2), grad: Float64Array.of(-2 * (x[0] ?? 0)) }), () => Float64Array.of(2), Float64Array.of(3), { maxIter: 50, tol: 1e-12 }).par // => [0]
 */
export function maximizeNewton(
  f: (x: Float64Array) => { ll: number; grad: Float64Array },
  information: (x: Float64Array) => Float64Array,
  start: Float64Array,
  control: { maxIter: number; tol: number },
): Maximum {
  const q = start.length;
  let par = Float64Array.from(start);
  let cur = f(par);
  const trace: number[] = [];
  let converged = false;
  let iterations = 0;
  let info = information(par);
  for (; iterations < control.maxIter && !converged; iterations++) {
    const d = ridgeSolve(info, q, cur.grad);
    if (!d) break;
    let decrement = 0;
    for (let j = 0; j < q; j++) decrement += (cur.grad[j] as number) * (d[j] as number);
    let step = 1;
    let accepted = false;
    for (let h = 0; h < 40; h++, step /= 2) {
      const cand = par.map((v, j) => v + step * (d[j] as number));
      const next = f(cand);
      if (Number.isFinite(next.ll) && next.ll >= cur.ll - 1e-12 * Math.abs(cur.ll)) {
        par = cand;
        cur = next;
        accepted = true;
        break;
      }
    }
    if (!accepted) {
      // No ascent along the Newton direction: at the optimum up to rounding, or stuck.
      converged = Math.abs(decrement) < Math.sqrt(control.tol);
      break;
    }
    trace.push(cur.ll);
    info = information(par);
    if (Math.abs(decrement) < control.tol) converged = true;
  }
  return { par, ll: cur.ll, grad: cur.grad, info, iterations, converged, trace };
}

/** Solves (I + λ·max diag I·1) d = g, raising λ from 0 until I + λ is positive definite. */
function ridgeSolve(info: Float64Array, q: number, g: Float64Array): Float64Array | null {
  let scale = 0;
  for (let j = 0; j < q; j++) scale = Math.max(scale, Math.abs(info[j * q + j] as number));
  if (!(scale > 0) || !Number.isFinite(scale)) return null;
  for (let lambda = 0; lambda <= 1e6; lambda = lambda === 0 ? 1e-8 : lambda * 10) {
    const A = Float64Array.from(info);
    for (let j = 0; j < q; j++) A[j * q + j] = (A[j * q + j] as number) + lambda * scale;
    const d = solveSpd(A, q, g);
    if (d?.every(Number.isFinite)) return d;
  }
  return null;
}
