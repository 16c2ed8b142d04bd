// PredictionModels built by hand from R's coefficients and vcov (fixtures), so the delta-method code is
// checked against R independently of our own fit. The design rows are written out for each formula.
import type { PredictionModel } from '../src/inference/prediction-model.js';
import type { Table } from '../src/table.js';
import type { FixtureModel } from './inference-fixture.js';

function num(t: Table, name: string): Float64Array {
  const c = t.columns[name];
  if (c?.kind !== 'number') throw new Error(`test design: no numeric column ${name}`);
  return c.values;
}
function str(t: Table, name: string): (string | null)[] {
  const c = t.columns[name];
  if (c?.kind !== 'string') throw new Error(`test design: no string column ${name}`);
  return c.values;
}

function fromR(
  m: FixtureModel,
  variables: PredictionModel['variables'],
  row: (t: Table, i: number) => { x: number[]; offset: number },
  data: Record<string, ArrayLike<number>>,
): PredictionModel {
  const k = m.terms.length;
  const means: Record<string, number> = {};
  const min: Record<string, number> = {};
  const max: Record<string, number> = {};
  for (const [name, v] of Object.entries(data)) {
    const a = Array.from(v);
    means[name] = a.reduce((s, x) => s + x, 0) / a.length;
    min[name] = Math.min(...a);
    max[name] = Math.max(...a);
  }
  return {
    terms: m.terms,
    beta: Float64Array.from(m.coefficients),
    vcov: Float64Array.from(m.vcov.flat()),
    variables,
    sample: { means, min, max },
    vcovType: 'model-based (R glm.nb vcov)',
    rows(t: Table) {
      // Like modelMatrixFor: rows with a non-finite value are skipped and reported in rowsUsed.
      const X: number[] = [];
      const offset: number[] = [];
      const used: number[] = [];
      for (let i = 0; i < t.n; i++) {
        const r = row(t, i);
        if (!r.x.every(Number.isFinite) || !Number.isFinite(r.offset)) continue;
        X.push(...r.x);
        offset.push(r.offset);
        used.push(i);
      }
      return {
        n: used.length,
        k,
        X: Float64Array.from(X),
        offset: Float64Array.from(offset),
        rowsUsed: Int32Array.from(used),
      };
    },
  };
}

/** brf_grc ~ troop_lag1000 * regional_pko + log1p(brf_grc_lag) */
export function pkoModel(m: FixtureModel, data: Record<string, number[]>): PredictionModel {
  return fromR(
    m,
    [
      { name: 'troop_lag1000', kind: 'number', levels: null },
      { name: 'regional_pko', kind: 'number', levels: null },
      { name: 'brf_grc_lag', kind: 'number', levels: null },
    ],
    (t, i) => {
      const u = num(t, 'troop_lag1000')[i]!;
      const r = num(t, 'regional_pko')[i]!;
      return { x: [1, u, r, Math.log1p(num(t, 'brf_grc_lag')[i]!), u * r], offset: 0 };
    },
    { troop_lag1000: data.troop_lag1000!, regional_pko: data.regional_pko!, brf_grc_lag: data.brf_grc_lag! },
  );
}

/** Days ~ Eth + Sex + Age + Lrn */
export function quineModel(m: FixtureModel): PredictionModel {
  return fromR(
    m,
    [
      { name: 'Eth', kind: 'factor', levels: ['A', 'N'] },
      { name: 'Sex', kind: 'factor', levels: ['F', 'M'] },
      { name: 'Age', kind: 'factor', levels: ['F0', 'F1', 'F2', 'F3'] },
      { name: 'Lrn', kind: 'factor', levels: ['AL', 'SL'] },
    ],
    (t, i) => {
      const age = str(t, 'Age')[i];
      return {
        x: [
          1,
          str(t, 'Eth')[i] === 'N' ? 1 : 0,
          str(t, 'Sex')[i] === 'M' ? 1 : 0,
          age === 'F1' ? 1 : 0,
          age === 'F2' ? 1 : 0,
          age === 'F3' ? 1 : 0,
          str(t, 'Lrn')[i] === 'SL' ? 1 : 0,
        ],
        offset: 0,
      };
    },
    {},
  );
}

/** incidents ~ yr_con * op_75_79 + offset(log(service)) */
export function shipsModel(m: FixtureModel): PredictionModel {
  return fromR(
    m,
    [
      { name: 'yr_con', kind: 'number', levels: null },
      { name: 'op_75_79', kind: 'number', levels: null },
      { name: 'service', kind: 'number', levels: null },
    ],
    (t, i) => {
      const y = num(t, 'yr_con')[i]!;
      const o = num(t, 'op_75_79')[i]!;
      return { x: [1, y, o, y * o], offset: Math.log(num(t, 'service')[i]!) };
    },
    {},
  );
}
