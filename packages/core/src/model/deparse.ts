import type { FormulaNode } from './formula-ast.js';

/**
 * Writes an expression back as R's `deparse()` does, so term names match R's output line by line:
 * spaces around `+`, `-` and `*`, none around `/`, `^` and `:`; numbers in R's shortest form
 * (`1000`, `1e+05`, `0.001`, `1e-05`).
 * @example deparse(parseFormula('y ~ I(x/1e3)').rhs) // => 'I(x/1000)'
 */
export function deparse(node: FormulaNode): string {
  switch (node.type) {
    case 'num':
      return formatRNumber(node.value);
    case 'name':
      return /^([A-Za-z]|[.][A-Za-z_.]|[.]$)[A-Za-z0-9_.]*$/.test(node.name) ? node.name : `\`${node.name}\``;
    case 'call':
      return `${node.fn}(${node.args.map(deparse).join(', ')})`;
    case 'paren':
      return `(${deparse(node.inner)})`;
    case 'unary':
      return `${node.op}${deparse(node.arg)}`;
    case 'binary': {
      const spaced = node.op === '+' || node.op === '-' || node.op === '*';
      const l = deparse(node.left);
      const r = deparse(node.right);
      return spaced ? `${l} ${node.op} ${r}` : `${l}${node.op}${r}`;
    }
  }
}

/**
 * Formats a number as R prints it with 15 significant digits: fixed notation unless scientific is
 * shorter (R's `scipen = 0` rule).
 * @example formatRNumber(100000) // => '1e+05'
 */
export function formatRNumber(x: number): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 'NaN' : x > 0 ? 'Inf' : '-Inf';
  if (x === 0) return '0';
  const sig = Number(x.toPrecision(15));
  const fixed = fixedString(sig);
  const [mant, exp] = sig.toExponential().split('e') as [string, string];
  const e = Number(exp);
  const sci = `${mant}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  return fixed.length <= sci.length ? fixed : sci;
}

function fixedString(x: number): string {
  const s = String(x);
  if (!/e/.test(s)) return s;
  const abs = Math.abs(x);
  const digits = abs < 1 ? Math.min(100, Math.ceil(-Math.log10(abs)) + 15) : 0;
  return Number(x.toFixed(digits)).toString() === s ? x.toFixed(digits).replace(/\.?0+$/, '') : s;
}
