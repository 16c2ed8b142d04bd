// Zero-inflated and hurdle models: formula rules, invariants of the likelihood, printing, tables (the CLI's errors: packages/cli/test/two-part-cli.test.ts).
// Golden numbers against pscl are in two-part-r-fixtures.test.ts.
import { describe, expect, it } from 'vitest';
import { fitModel, fitModelDetailed } from '../src/estimators/fit-model.js';
import { twoPartLogLik } from '../src/estimators/two-part/data.js';
import { buildTwoPartDesign } from '../src/estimators/two-part/design.js';
import { fitTwoPartModel } from '../src/estimators/two-part/fit.js';
import { splitTwoPartFormula } from '../src/estimators/two-part/formula.js';
import { likelihoodOf } from '../src/estimators/two-part/likelihood-of.js';
import { logitIrls } from '../src/estimators/two-part/logit-irls.js';
import { regressionTable } from '../src/inference/regression-table.js';
import { residuals } from '../src/results/residuals.js';
import { rootogram } from '../src/results/rootogram.js';
import { fixtureTable } from './fit-data.js';
import { thrown } from './thrown.js';

const quine = fixtureTable('quine.csv');

describe('two-part formulas', () => {
  it('splits at the top-level "|" and defaults the zero part to the count terms', () => {
    expect(splitTwoPartFormula('y ~ a + log(b) | c')).toEqual({
      count: 'y ~ a + log(b)',
      zero: 'y ~ c',
      zeroTerms: 'c',
    });
    expect(splitTwoPartFormula('y ~ a + b').zero).toBe('y ~ a + b');
    expect(splitTwoPartFormula('y ~ I((a | b)) | c').count).toBe('y ~ I((a | b))');
  });
  it('refuses a second "|" and empty parts with the position', () => {
    expect(thrown(() => splitTwoPartFormula('y ~ a | b | c')).message).toMatch(
      /takes one "\|".*at character 11/,
    );
    expect(thrown(() => splitTwoPartFormula('y ~ a |')).message).toMatch(/expected zero-part terms/);
    expect(thrown(() => splitTwoPartFormula('y ~ | b')).message).toMatch(/expected count terms/);
  });
  it('says when an unknown column is in the zero part, and fitModel keeps "|" for fixed effects', () => {
    const e = thrown(() => buildTwoPartDesign('Days ~ Eth | Sex + nope', quine));
    expect(e.code).toBe('MISSING_COLUMN');
    expect(e.message).toMatch(/^in the zero part "\| Sex \+ nope"/);
    expect(e.location?.column).toBe('nope');
    expect(thrown(() => fitModel({ formula: 'Days ~ Eth | log(Age)' }, quine)).message).toMatch(
      /zero part "\| z" is read only by the zero-inflated and hurdle models/,
    );
  });
  it('refuses an outcome without zeros', () => {
    const noZero = {
      n: quine.n,
      columns: {
        ...quine.columns,
        D1: {
          kind: 'number' as const,
          values: (quine.columns.Days as { values: Float64Array }).values.map((v) => v + 1),
        },
      },
    };
    expect(thrown(() => fitTwoPartModel({ formula: 'D1 ~ Eth', model: 'zip' }, noZero)).message).toMatch(
      /has 0 zeros/,
    );
  });
});

describe('two-part likelihoods', () => {
  const design = buildTwoPartDesign('Days ~ Eth + Age | Sex', quine).data;
  for (const model of ['zip', 'zinb', 'hurdle-poisson', 'hurdle-nb'] as const)
    it(`${model}: the analytic score equals central differences of the log-likelihood`, () => {
      const lik = likelihoodOf(model);
      const q = design.kCount + design.kZero + (lik.dist === 'negbin' ? 1 : 0);
      const par = Float64Array.from({ length: q }, (_, j) => 0.3 - 0.1 * j);
      const { grad } = twoPartLogLik(lik, design, par);
      for (let j = 0; j < q; j++) {
        const h = 1e-6;
        const up = Float64Array.from(par);
        const down = Float64Array.from(par);
        up[j] = (up[j] as number) + h;
        down[j] = (down[j] as number) - h;
        const fd = (twoPartLogLik(lik, design, up).ll - twoPartLogLik(lik, design, down).ll) / (2 * h);
        expect(Math.abs(fd - (grad[j] as number))).toBeLessThan(1e-5 * Math.max(1, Math.abs(fd)));
      }
    });
  it('probabilities sum to 1 over the counts', () => {
    for (const model of ['zip', 'zinb', 'hurdle-poisson', 'hurdle-nb'] as const) {
      const lik = likelihoodOf(model);
      let s = 0;
      for (let k = 0; k < 400; k++) s += lik.prob(k, 1.5, -0.4, 1.3);
      expect(s).toBeCloseTo(1, 10);
    }
  });
  it('the hurdle zero part is the logistic regression of y > 0 (the parts separate)', () => {
    const fit = fitTwoPartModel({ formula: 'Days ~ Eth + Age | Sex + Lrn', model: 'hurdle-nb' }, quine);
    const d = buildTwoPartDesign('Days ~ Eth + Age | Sex + Lrn', quine).data;
    const logit = logitIrls(
      d.xZero,
      d.n,
      d.kZero,
      d.y.map((v) => (v > 0 ? 1 : 0)),
      d.offsetZero,
    );
    fit.result.zero.forEach((c, j) => {
      expect(c.estimate).toBeCloseTo(logit[j] as number, 7);
    });
  });
  it('log-likelihood never drops between Newton iterations; expected frequencies sum to n', () => {
    const fit = fitTwoPartModel({ formula: 'Days ~ Eth + Sex + Age + Lrn | Sex', model: 'zinb' }, quine);
    for (let i = 1; i < fit.trace.length; i++)
      expect(fit.trace[i]).toBeGreaterThanOrEqual((fit.trace[i - 1] as number) - 1e-9);
    const bars = rootogram(fit, 400);
    expect(bars.reduce((s, b) => s + b.expected, 0)).toBeCloseTo(fit.result.n, 4);
    expect(thrown(() => residuals(fit, 'deviance')).message).toMatch(/not defined for zinb/);
  });
});

describe('printing and tables', () => {
  it('String(model) is R-like text, while JSON and structured clone see plain data', () => {
    const m = fitModelDetailed({ formula: 'Days ~ Eth + Sex + Age + Lrn' }, quine);
    expect(String(m)).toMatch(/^\nCall:\nglm\.nb\(formula = Days ~ Eth \+ Sex \+ Age \+ Lrn\)/);
    expect(String(m.result)).toMatch(/Theta: {2}1\.275/);
    expect(`${m.result}`).toMatch(/EthN +-0\.56937 +0\.15333 +-3\.713/);
    expect(JSON.stringify(m.result)).not.toMatch(/toString/);
    expect(structuredClone(m.result).coefficients[1]?.term).toBe('EthN');
    const z = fitTwoPartModel({ formula: 'Days ~ Eth + Sex + Age + Lrn | Sex', model: 'zinb' }, quine);
    expect(String(z)).toMatch(
      /Count model coefficients \(negbin with log link\):[\s\S]*Log\(theta\)[\s\S]*Zero-inflation model coefficients/,
    );
  });
  it('regressionTable writes HTML, and puts two-part and plain models side by side', () => {
    const nb = fitModel({ formula: 'Days ~ Eth + Sex + Age + Lrn' }, quine);
    const z = fitTwoPartModel({ formula: 'Days ~ Eth + Sex + Age + Lrn | Sex', model: 'zinb' }, quine);
    const html = regressionTable([nb, z], 'html', { modelNames: ['NB', 'ZINB <2>'] });
    expect(html).toMatch(/^<table class="regression-table">/);
    expect(html).toMatch(/<th scope="col">ZINB &lt;2&gt;<\/th>/);
    expect(html).toMatch(/<th scope="row">count_EthN<\/th><td><\/td><td>-0\.524<sup>\*\*\*<\/sup><\/td>/);
    expect(html).toMatch(/<th scope="row">zero_SexM<\/th>/);
    expect(html).toMatch(/<tfoot>/);
  });
});
