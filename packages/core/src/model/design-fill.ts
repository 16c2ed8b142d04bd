import type { DesignColumn } from './design-info.js';
import type { FixedEffectCodes } from './design-rows.js';
import type { EvaluatedVariable } from './evaluate.js';

/** A right-hand variable among the rows used: numeric, or a factor with its used levels and the map from all levels. */
export type UsedVariable =
  | { label: string; node: unknown; kind: 'number'; levels: null }
  | { label: string; node: unknown; kind: 'factor'; levels: string[]; remap: number[] };

/** The numeric content of a design: X (column-major), y, summed offsets, one-way FE codes. */
export interface FilledDesign {
  X: Float64Array;
  y: Float64Array;
  offset: Float64Array;
  feGroups: { codes: Int32Array; G: number } | null;
}

/**
 * Fills the design matrix for the rows used: each model column is the product of its numeric parts
 * and factor indicators (column-major), then the fixed-effect indicator columns (the first dimension
 * keeps all levels, the others drop their first), or, with `asCodes`, the one dimension's level codes.
 * @example // y ~ x on rows 0 and 2 of three: an intercept column and x
 * fillDesign({ rows: Int32Array.of(0, 2), p: 2, asCodes: false, feCodes: [], offsets: [],
 *   modelColumns: [{ name: '(Intercept)', parts: [] }, { name: 'x', parts: [{ variable: 0, level: -1 }] }],
 *   evaluated: [{ kind: 'number', values: Float64Array.of(5, 6, 7) }],
 *   variables: [{ label: 'x', node: null, kind: 'number', levels: null }],
 *   yAll: Float64Array.of(1, 2, 3) })
 * // => { X: [1, 1, 5, 7], y: [1, 3], offset: [0, 0], feGroups: null }
 */
export function fillDesign(d: {
  rows: Int32Array;
  p: number;
  modelColumns: readonly DesignColumn[];
  evaluated: readonly EvaluatedVariable[];
  variables: readonly UsedVariable[];
  feCodes: readonly FixedEffectCodes[];
  asCodes: boolean;
  yAll: Float64Array;
  offsets: readonly Float64Array[];
}): FilledDesign {
  const { rows, p } = d;
  const n = rows.length;
  const pModel = d.modelColumns.length;
  const X = new Float64Array(n * p);
  const y = new Float64Array(n);
  const offset = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    const i = rows[r] as number;
    y[r] = d.yAll[i] as number;
    let off = 0;
    for (const o of d.offsets) off += o[i] as number;
    offset[r] = off;
  }
  // Column by column (column-major): each column is a product of numeric parts and factor indicators.
  const col = new Float64Array(n);
  for (let c = 0; c < pModel; c++) {
    const parts = (d.modelColumns[c] as DesignColumn).parts;
    col.fill(1);
    for (const part of parts) {
      const e = d.evaluated[part.variable] as EvaluatedVariable;
      if (part.level < 0) {
        const v = (e as { values: Float64Array }).values;
        for (let r = 0; r < n; r++) col[r] = (col[r] as number) * (v[rows[r] as number] as number);
      } else {
        const codes = (e as { codes: Int32Array }).codes;
        const remap = (d.variables[part.variable] as { remap: number[] }).remap;
        for (let r = 0; r < n; r++) if (remap[codes[rows[r] as number] as number] !== part.level) col[r] = 0;
      }
    }
    X.set(col, c * n);
  }
  const fe0 = d.feCodes[0];
  const feGroups =
    d.asCodes && fe0
      ? { codes: Int32Array.from(rows, (i) => fe0.codes[i] as number), G: fe0.levels.length }
      : null;
  if (!d.asCodes) fillFixedEffects(X, n, pModel, rows, d.feCodes);
  return { X, y, offset, feGroups };
}

/** Sets the fixed-effect indicator columns after the `pModel` model columns. */
function fillFixedEffects(
  X: Float64Array,
  n: number,
  pModel: number,
  rows: Int32Array,
  feCodes: readonly FixedEffectCodes[],
): void {
  let feCol = pModel;
  feCodes.forEach((fe, d) => {
    const first = d === 0 ? 0 : 1;
    for (let r = 0; r < n; r++) {
      const code = fe.codes[rows[r] as number] as number;
      if (code >= first) X[(feCol + code - first) * n + r] = 1;
    }
    feCol += fe.levels.length - first;
  });
}
