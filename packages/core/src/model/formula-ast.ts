/**
 * The syntax tree of an R-style model formula. Plain data (structured-clone safe), so a fitted model
 * can carry the expressions it needs to rebuild its design matrix for new data.
 */
export type FormulaNode =
  | { type: 'num'; value: number; pos: number }
  | { type: 'name'; name: string; pos: number }
  | { type: 'call'; fn: string; args: FormulaNode[]; pos: number }
  | {
      type: 'binary';
      op: '+' | '-' | '*' | '/' | ':' | '^';
      left: FormulaNode;
      right: FormulaNode;
      pos: number;
    }
  | { type: 'unary'; op: '-' | '+'; arg: FormulaNode; pos: number }
  | { type: 'paren'; inner: FormulaNode; pos: number };

/** A parsed formula `lhs ~ rhs | fe1 + fe2`. */
export interface ParsedFormula {
  source: string;
  response: FormulaNode;
  rhs: FormulaNode;
  /** Fixed-effect column names after `|` (fixest style). */
  fixedEffects: string[];
}
