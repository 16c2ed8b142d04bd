import type { FormulaNode } from './formula-ast.js';

/** One column of the design matrix: the product of its parts (numeric variables, factor level indicators). */
export interface DesignColumn {
  /** Name as R's `model.matrix` prints it: `(Intercept)`, `EthN`, `SexF:AgeF1`, `un:nonun`. */
  name: string;
  /** `level` −1 for a numeric variable, else the index into that variable's levels. */
  parts: { variable: number; level: number }[];
}

/** A fixed-effect dimension (fixest style `| unit + year`) with its estimated effects. */
export interface FixedEffectInfo {
  column: string;
  levels: string[];
  /** Effect of each level on the link scale (filled after the fit; the first dimension absorbs the intercept). */
  effects: number[];
}

/**
 * Everything needed to rebuild a model's design matrix for new data: plain data only
 * (structured-clone safe), stored in `FittedModel.design`.
 */
export interface DesignInfo {
  formula: string;
  response: FormulaNode;
  responseLabel: string;
  variables: { label: string; node: FormulaNode; kind: 'number' | 'factor'; levels: string[] | null }[];
  termLabels: string[];
  intercept: boolean;
  offsets: FormulaNode[];
  /** Model columns in R's order, aliased ones included. */
  columns: DesignColumn[];
  /** Parallel to `columns`: true when the column was collinear with earlier ones and dropped. */
  aliased: boolean[];
  fixedEffects: FixedEffectInfo[];
  unit: string | null;
  time: string | null;
}
