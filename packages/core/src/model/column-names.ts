import type { FormulaNode } from './formula-ast.js';

/**
 * The column names an expression reads, in order of first appearance.
 * @example columnNames(parseFormula('y ~ log1p(lag(x, 1))').rhs) // => ['x']
 */
export function columnNames(node: FormulaNode, out: string[] = []): string[] {
  switch (node.type) {
    case 'name':
      if (!out.includes(node.name)) out.push(node.name);
      break;
    case 'call':
      for (const a of node.fn === 'lag' ? node.args.slice(0, 1) : node.args) columnNames(a, out);
      break;
    case 'binary':
      columnNames(node.left, out);
      columnNames(node.right, out);
      break;
    case 'unary':
      columnNames(node.arg, out);
      break;
    case 'paren':
      columnNames(node.inner, out);
      break;
  }
  return out;
}
