import type { Coefficient } from '../estimators/result.js';
import type { TwoPartResult } from '../estimators/two-part/result.js';
import { type HasFitResult, resultOf } from './fit-result-of.js';

/** Output formats of {@link regressionTable}. */
export type RegressionTableFormat = 'markdown' | 'csv' | 'latex' | 'html';

/** A model column: a negative binomial/Poisson fit, or a zero-inflated/hurdle fit (or a fitted model carrying one). */
export type TableModel = HasFitResult | TwoPartResult | { result: TwoPartResult };

/** What one column of the table shows. */
interface Column {
  coefficients: Coefficient[];
  n: number;
  logLik: number;
  aic: number;
  bic: number;
  theta: number | null;
  alpha: number | null;
  vcovType: string;
}

/** A column's numbers; a two-part model's terms get pscl's `count_`/`zero_` prefixes. */
function columnOf(m: TableModel): Column {
  const r = 'result' in m ? m.result : m;
  if (!('model' in r)) return resultOf(r);
  const prefixed = (list: Coefficient[], prefix: string) =>
    list.map((c) => ({ ...c, term: `${prefix}${c.term}` }));
  return {
    ...r,
    coefficients: [...prefixed(r.count, 'count_'), ...prefixed(r.zero, 'zero_')],
    alpha: r.theta === null ? null : 1 / r.theta,
  };
}

/** Summary rows available under the coefficients. */
export type RegressionTableStat = 'n' | 'logLik' | 'aic' | 'bic' | 'theta' | 'alpha';

export interface RegressionTableOptions {
  /** Column headings; default "(1)", "(2)", … */
  modelNames?: string[];
  /** Significance stars: `true` (default) for R's cut-offs p < 0.05 / 0.01 / 0.001, `false` for none, or your own `[one star, two, three]`, e.g. Stata's `[0.1, 0.05, 0.01]`. */
  stars?: boolean | [number, number, number];
  /** Decimal places for coefficients and standard errors (default 3). */
  digits?: number;
  /** Summary rows, in order (default n, logLik, AIC, θ). */
  stats?: RegressionTableStat[];
  /** Display labels for terms (default: the term as R prints it). */
  labels?: Record<string, string>;
}

interface Cell {
  text: string;
  stars: number;
}

const STAT_LABEL: Record<RegressionTableStat, string> = {
  n: 'N',
  logLik: 'Log-likelihood',
  aic: 'AIC',
  bic: 'BIC',
  theta: 'θ (NB dispersion)',
  alpha: 'α = 1/θ',
};

/**
 * Side-by-side regression table of one or several fits, in the layout of R's `modelsummary`/`stargazer`
 * and Stata's `esttab`: a row per term (union of all models, in order of first appearance) with the
 * estimate and significance stars, its standard error in parentheses below, then summary rows
 * (N, log-likelihood, AIC, θ) and a note naming each model's variance estimator. Aliased (dropped)
 * coefficients show "(dropped)"; terms a model lacks stay empty. Markdown escapes `|` and `*`; CSV
 * follows RFC 4180; LaTeX uses booktabs rules and escapes `_ & % $ # { } ~ ^ \`; HTML is a `<table>` fragment with
 * SE rows of class `se`, the summary rows in their own `<tbody class="stats">` and the notes in `<tfoot>`.
 * Zero-inflated and hurdle fits show their count and zero terms as `count_x` and `zero_x` (pscl's names).
 * @example regressionTable([fitA, fitB], 'markdown', { modelNames: ['Main', 'With FE'] })
 * // | | Main | With FE |\n|:--|--:|--:|\n| (Intercept) | 1.045\*\*\* | … |
 */
export function regressionTable(
  models: readonly TableModel[],
  format: RegressionTableFormat,
  options: RegressionTableOptions = {},
): string {
  const fits = models.map(columnOf);
  const digits = options.digits ?? 3;
  const cutoffs =
    options.stars === false ? null : Array.isArray(options.stars) ? options.stars : [0.05, 0.01, 0.001];
  const names = fits.map((_, i) => options.modelNames?.[i] ?? `(${i + 1})`);
  const terms: string[] = [];
  for (const f of fits) for (const c of f.coefficients) if (!terms.includes(c.term)) terms.push(c.term);

  const body = termRows(fits, terms, cutoffs, digits, options.labels);
  const stats = (options.stats ?? ['n', 'logLik', 'aic', 'theta']).map((s) => ({
    label: STAT_LABEL[s],
    cells: fits.map((f) => ({ text: statText(f, s, digits), stars: 0 })),
  }));
  const vcovTypes = [...new Set(fits.map((f) => f.vcovType))];
  const notes = [
    `Standard errors in parentheses: ${vcovTypes.length === 1 ? vcovTypes[0] : fits.map((f, i) => `${names[i]} ${f.vcovType}`).join('; ')}.`,
    ...(cutoffs ? [`* p < ${cutoffs[0]}, ** p < ${cutoffs[1]}, *** p < ${cutoffs[2]}.`] : []),
  ];

  if (format === 'markdown') return markdownTable(names, body, stats, notes);
  if (format === 'html') return htmlTable(names, body, stats, notes);
  if (format === 'csv') return csvTable(names, body, stats, notes);
  return latexTable(names, body, stats, notes);
}

/** One row of the table: a term's estimates (with stars) or, below it, their standard errors. */
type Row = { label: string; cells: Cell[]; isSe: boolean };

/** The estimate and standard-error rows of each term, across the models (empty where a model lacks the term). */
function termRows(
  fits: ReturnType<typeof columnOf>[],
  terms: string[],
  cutoffs: readonly number[] | null,
  digits: number,
  labels: Record<string, string> | undefined,
): Row[] {
  const body: Row[] = [];
  for (const term of terms) {
    const est: Cell[] = [];
    const se: Cell[] = [];
    for (const f of fits) {
      const c = f.coefficients.find((x) => x.term === term);
      if (!c) {
        est.push({ text: '', stars: 0 });
        se.push({ text: '', stars: 0 });
      } else if (c.aliased || !Number.isFinite(c.estimate)) {
        est.push({ text: '(dropped)', stars: 0 });
        se.push({ text: '', stars: 0 });
      } else {
        const stars = cutoffs ? cutoffs.filter((cut) => c.p < cut).length : 0;
        est.push({ text: fixed(c.estimate, digits), stars });
        se.push({ text: Number.isFinite(c.stdError) ? `(${fixed(c.stdError, digits)})` : '', stars: 0 });
      }
    }
    body.push({ label: labels?.[term] ?? term, cells: est, isSe: false });
    body.push({ label: '', cells: se, isSe: true });
  }
  return body;
}

/** The table in Markdown (`|` and `*` escaped), notes after it. */
function markdownTable(
  names: string[],
  body: Row[],
  stats: { label: string; cells: Cell[] }[],
  notes: string[],
): string {
  const md = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\*/g, '\\*');
  const cell = (c: Cell) => md(c.text + '*'.repeat(c.stars));
  const lines = [
    `| | ${names.map(md).join(' | ')} |`,
    `|:--|${names.map(() => '--:').join('|')}|`,
    ...body.map((r) => `| ${md(r.label)} | ${r.cells.map(cell).join(' | ')} |`),
    ...stats.map((r) => `| ${md(r.label)} | ${r.cells.map(cell).join(' | ')} |`),
  ];
  return `${lines.join('\n')}\n\n${notes.map(md).join(' ')}\n`;
}

/** The table as RFC 4180 CSV (CRLF), notes as last rows. */
function csvTable(
  names: string[],
  body: Row[],
  stats: { label: string; cells: Cell[] }[],
  notes: string[],
): string {
  const q = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const cell = (c: Cell) => q(c.text + '*'.repeat(c.stars));
  const lines = [
    ['term', ...names].map(q).join(','),
    ...body.map((r) => [q(r.label), ...r.cells.map(cell)].join(',')),
    ...stats.map((r) => [q(r.label), ...r.cells.map(cell)].join(',')),
    ...notes.map((n) => q(n)),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** The table as a LaTeX booktabs tabular, notes in a footnote-size last row. */
function latexTable(
  names: string[],
  body: Row[],
  stats: { label: string; cells: Cell[] }[],
  notes: string[],
): string {
  const cell = (c: Cell) => {
    const t = latexNumber(c.text);
    return c.stars ? `${t}$^{${'*'.repeat(c.stars)}}$` : t;
  };
  const lines = [
    `\\begin{tabular}{l${'c'.repeat(names.length)}}`,
    '\\toprule',
    ` & ${names.map(latexEscape).join(' & ')} \\\\`,
    '\\midrule',
    ...body.map((r) => `${latexEscape(r.label)} & ${r.cells.map(cell).join(' & ')} \\\\`),
    '\\midrule',
    ...stats.map((r) => `${latexEscape(r.label)} & ${r.cells.map(cell).join(' & ')} \\\\`),
    '\\bottomrule',
    `\\multicolumn{${names.length + 1}}{l}{\\footnotesize ${notes.map(latexEscape).join(' ')}} \\\\`,
    '\\end{tabular}',
  ];
  return `${lines.join('\n')}\n`;
}

/** The table as an HTML fragment (modelsummary's layout: SE rows below estimates, stats after a rule, notes in the footer). */
function htmlTable(
  names: string[],
  body: { label: string; cells: Cell[]; isSe: boolean }[],
  stats: { label: string; cells: Cell[] }[],
  notes: string[],
): string {
  const esc = (s: string) =>
    s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const cell = (c: Cell) => `<td>${esc(c.text)}${c.stars ? `<sup>${'*'.repeat(c.stars)}</sup>` : ''}</td>`;
  const row = (label: string, cells: Cell[], cls?: string) =>
    `<tr${cls ? ` class="${cls}"` : ''}><th scope="row">${esc(label)}</th>${cells.map(cell).join('')}</tr>`;
  return [
    '<table class="regression-table">',
    `<thead><tr><th></th>${names.map((n) => `<th scope="col">${esc(n)}</th>`).join('')}</tr></thead>`,
    '<tbody>',
    ...body.map((r) => row(r.label, r.cells, r.isSe ? 'se' : undefined)),
    '</tbody>',
    '<tbody class="stats">',
    ...stats.map((r) => row(r.label, r.cells)),
    '</tbody>',
    `<tfoot><tr><td colspan="${names.length + 1}">${notes.map(esc).join(' ')}</td></tr></tfoot>`,
    '</table>',
    '',
  ].join('\n');
}

function fixed(x: number, digits: number): string {
  const s = x.toFixed(digits);
  return /^-0\.?0*$/.test(s) ? s.slice(1) : s;
}

function statText(f: Column, s: RegressionTableStat, digits: number): string {
  const v =
    s === 'n'
      ? f.n
      : s === 'logLik'
        ? f.logLik
        : s === 'aic'
          ? f.aic
          : s === 'bic'
            ? f.bic
            : s === 'theta'
              ? f.theta
              : f.alpha;
  if (v === null || !Number.isFinite(v)) return '';
  if (s === 'n') return String(v);
  return fixed(v, s === 'theta' || s === 'alpha' ? digits : Math.min(digits, 2));
}

/** Non-ASCII characters our labels and notes use, as LaTeX (so pdflatex needs no Unicode setup). */
const LATEX_SYMBOLS: Record<string, string> = {
  θ: '$\\theta$',
  α: '$\\alpha$',
  β: '$\\beta$',
  '−': '$-$',
  '×': '$\\times$',
  '≥': '$\\geq$',
  '≤': '$\\leq$',
  '<': '$<$',
  '>': '$>$',
  '…': '\\ldots{}',
  '–': '--',
  '—': '---',
};

/**
 * Escapes text for LaTeX: `\ { } & % $ # _ ~ ^`, and `< >`, Greek letters, the minus sign and
 * dashes as math or ASCII, so the table compiles with plain pdflatex.
 * @example latexEscape('log1p(battle_deaths_lag1)') // 'log1p(battle\\_deaths\\_lag1)'
 */
export function latexEscape(s: string): string {
  return s
    .replace(/[\\{}&%$#_~^]/g, (ch) =>
      ch === '\\'
        ? '\\textbackslash{}'
        : ch === '~'
          ? '\\textasciitilde{}'
          : ch === '^'
            ? '\\textasciicircum{}'
            : `\\${ch}`,
    )
    .replace(/[θαβ−×≥≤<>…–—]/g, (ch) => LATEX_SYMBOLS[ch] ?? ch);
}

function latexNumber(text: string): string {
  return text.replace(/-(?=\d)/g, '$-$').replace(/[%_&#]/g, (c) => `\\${c}`);
}
