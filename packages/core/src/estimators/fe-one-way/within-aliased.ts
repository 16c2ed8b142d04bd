import { aliasedColumns } from '../../linalg/cholesky.js';
import { type Groups, reducedSystem } from './system.js';

/**
 * Aliased columns of X given one-way fixed effects: R's rule (see `aliasedColumns`) applied to the
 * within Gram matrix X'X − Σ_g (Σ_{i∈g} xᵢ)(Σ_{i∈g} xᵢ)ᵀ / n_g, each column compared with its raw
 * squared norm, so a column constant within every group (collinear with the fixed effects) is dropped
 * (as fixest does; with indicator columns R would keep it and drop an indicator).
 * @example // columns: x varies within the groups; z is constant within each group (absorbed by the fixed effects)
 * const X = Float64Array.of(0, 1, 0, 1, 0, 1, 1, 0, 1, 1, 1, 1, 0, 0, 0, 0);
 * withinAliased(X, 8, 2, { codes: Int32Array.of(0, 0, 0, 0, 1, 1, 1, 1), G: 2 }) // => [false, true]
 */
export function withinAliased(X: Float64Array, n: number, p: number, groups: Groups): boolean[] {
  const ones = new Float64Array(n).fill(1);
  const sys = reducedSystem(X, n, p, groups, { gEta: new Float64Array(n), hEE: ones });
  const norms = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += (X[j * n + i] as number) ** 2;
    norms[j] = s;
  }
  return aliasedColumns(sys.S, p, 1e-7, norms);
}
