import { describe, expect, it } from 'vitest';
import { latexEscape, regressionTable } from '../src/inference/regression-table.js';
import { type FixtureModel, fitResultFromR, loadFixture } from './inference-fixture.js';

const pko = loadFixture<{ model: FixtureModel; restricted: FixtureModel }>('pko');
const full = fitResultFromR(pko.model, 'brf_grc ~ troop_lag1000 * regional_pko + log1p(brf_grc_lag)');
const restricted = fitResultFromR(
  pko.restricted,
  'brf_grc ~ troop_lag1000 + regional_pko + log1p(brf_grc_lag)',
);
// Give the coefficients p-values of known size so the stars are predictable.
const withP = (ps: number[]) => ({
  ...full,
  coefficients: full.coefficients.map((c, i) => ({ ...c, p: ps[i]! })),
});

describe('regressionTable', () => {
  it('markdown: models side by side, union of terms, SEs in parentheses, stars escaped, summary rows', () => {
    const md = regressionTable([restricted, withP([0.0001, 0.004, 0.03, 0.2, 0.0009])], 'markdown', {
      modelNames: ['Additive', 'Interaction'],
    });
    const lines = md.split('\n');
    expect(lines[0]).toBe('| | Additive | Interaction |');
    expect(lines[1]).toBe('|:--|--:|--:|');
    // The interaction term is missing from the first model: empty cell; it is last in the union.
    const inter = lines.findIndex((l) => l.startsWith('| troop_lag1000:regional_pko |'));
    expect(lines[inter]).toBe(
      `| troop_lag1000:regional_pko |  | ${full.coefficients[4]!.estimate.toFixed(3)}\\*\\*\\* |`,
    );
    expect(lines[inter + 1]).toBe(`|  |  | (${full.coefficients[4]!.stdError.toFixed(3)}) |`);
    expect(md).toContain(`| regional_pko | ${restricted.coefficients[2]!.estimate.toFixed(3)} | -1.088\\* |`);
    expect(md).toContain('| log1p(brf_grc_lag) |');
    expect(md).toContain(`| N | ${pko.model.n} | ${pko.model.n} |`);
    expect(md).toContain(
      `| θ (NB dispersion) | ${pko.restricted.theta.toFixed(3)} | ${pko.model.theta.toFixed(3)} |`,
    );
    expect(md).toContain('Standard errors in parentheses: model-based');
  });

  it('csv: RFC 4180 quoting for names with commas, one row per estimate and per SE', () => {
    const odd = {
      ...full,
      coefficients: full.coefficients.map((c, i) => (i === 3 ? { ...c, term: 'log1p(lag(deaths, 1))' } : c)),
    };
    const csv = regressionTable([odd], 'csv', { stars: false, stats: ['n', 'aic'] });
    const rows = csv.trimEnd().split('\r\n');
    expect(rows[0]).toBe('term,(1)');
    expect(rows).toContain(`"log1p(lag(deaths, 1))",${full.coefficients[3]!.estimate.toFixed(3)}`);
    expect(rows).toContain(`AIC,${pko.model.aic.toFixed(2)}`);
    expect(rows.length).toBe(1 + 2 * 5 + 2 + 1);
  });

  it('latex: booktabs, escaped names, math stars and minus signs, dropped terms marked', () => {
    const dropped = {
      ...withP([0.5, 0.5, 0.5, 0.5, 0.5]),
      coefficients: [
        ...withP([0.5, 0.5, 0.5, 0.5, 0.0001]).coefficients,
        { ...full.coefficients[0]!, term: 'x_100%', aliased: true, estimate: Number.NaN },
      ],
    };
    const tex = regressionTable([dropped], 'latex', { stars: [0.1, 0.05, 0.01] });
    expect(tex).toMatch(/^\\begin\{tabular\}\{lc\}\n\\toprule\n/);
    expect(tex).toContain('troop\\_lag1000:regional\\_pko & 0.187$^{***}$ \\\\');
    expect(tex).toContain('troop\\_lag1000 & $-$0.135 \\\\');
    expect(tex).toContain('x\\_100\\% & (dropped) \\\\');
    expect(tex).toContain('$\\theta$ (NB dispersion)');
    expect(tex).toContain('\\end{tabular}');
    expect(tex).toContain('* p $<$ 0.1, ** p $<$ 0.05, *** p $<$ 0.01.');
    expect(latexEscape('sandwich over (β, ln α), G/(G−1)')).toBe(
      'sandwich over ($\\beta$, ln $\\alpha$), G/(G$-$1)',
    );
    expect(latexEscape('a&b#c~d^e\\f{g}$')).toBe(
      'a\\&b\\#c\\textasciitilde{}d\\textasciicircum{}e\\textbackslash{}f\\{g\\}\\$',
    );
  });
});
