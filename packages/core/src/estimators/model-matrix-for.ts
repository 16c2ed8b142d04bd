import type { EvaluatedVariable } from '../model/evaluate.js';
import { evaluateNumeric, evaluateVariable } from '../model/evaluate.js';
import type { Table } from '../table.js';
import type { FittedModel } from './fitted-model.js';

/** A design matrix rebuilt for new data. */
export interface ModelMatrix {
  /** n × k row-major over the non-aliased reported columns, in `FittedModel.beta` order. */
  X: Float64Array;
  n: number;
  k: number;
  /** Offset on the link scale: offset() terms plus the fixed effects of each row. */
  offset: Float64Array;
  /** Index in `data` of each row of X (rows with missing values or unseen levels are left out). */
  rowsUsed: Int32Array;
}

/**
 * Rebuilds a fitted model's design matrix for new data with the same transforms, factor levels
 * (treatment contrasts of the fit), lags (within `design.unit` ordered by `design.time`) and offsets;
 * fixed effects enter the offset with their estimated values. Rows with a missing value, an unseen
 * factor level or an unknown fixed-effect level are skipped (see `rowsUsed`).
 * @throws PeacepanelError `MISSING_COLUMN` when a variable's column is absent.
 * @example const model = fitModelDetailed({ formula: 'Days ~ Eth' }, quine);
 * const { X, offset } = modelMatrixFor(model, tableFromRows([{ Eth: 'A' }, { Eth: 'N' }]));
 * [...X] // => [1, 0, 1, 1]
 */
export function modelMatrixFor(model: FittedModel, data: Table): ModelMatrix {
  const d = model.design;
  const levels: Record<string, string[]> = {};
  for (const v of d.variables) if (v.levels) levels[v.label] = v.levels;
  const ctx = {
    table: data,
    formula: d.formula,
    unit: d.unit ?? undefined,
    time: d.time ?? undefined,
    levels,
  };
  const evaluated: EvaluatedVariable[] = d.variables.map((v) => evaluateVariable(v.node, ctx));
  const offsets = d.offsets.map((o) => evaluateNumeric(o, ctx));
  const feMaps = d.fixedEffects.map((fe) => {
    const col = data.columns[fe.column];
    return { col, pos: new Map(fe.levels.map((l, j) => [l, j])), effects: fe.effects };
  });
  const cols = d.columns.filter((_, j) => !d.aliased[j]);
  const k = cols.length;
  const rows: number[] = [];
  for (let i = 0; i < data.n; i++) {
    let ok = true;
    for (const e of evaluated) {
      if (e.kind === 'number' ? !Number.isFinite(e.values[i] as number) : (e.codes[i] as number) < 0) {
        ok = false;
        break;
      }
    }
    for (const o of offsets) if (!Number.isFinite(o[i] as number)) ok = false;
    for (const fe of feMaps) if (!fe.col || !fe.pos.has(String(fe.col.values[i]))) ok = false;
    if (ok) rows.push(i);
  }
  const n = rows.length;
  const X = new Float64Array(n * k);
  const offset = new Float64Array(n);
  rows.forEach((i, r) => {
    for (let c = 0; c < k; c++) {
      let val = 1;
      for (const part of cols[c]!.parts) {
        const e = evaluated[part.variable] as EvaluatedVariable;
        if (e.kind === 'number') val *= e.values[i] as number;
        else if (e.codes[i] !== part.level) {
          val = 0;
          break;
        }
      }
      X[r * k + c] = val;
    }
    let off = 0;
    for (const o of offsets) off += o[i] as number;
    for (const fe of feMaps) off += fe.effects[fe.pos.get(String(fe.col!.values[i])) as number] as number;
    offset[r] = off;
  });
  return { X, n, k, offset, rowsUsed: Int32Array.from(rows) };
}
