import { describe, expect, it } from 'vitest';
import { PeacepanelError } from '../src/errors.js';
import { lrTest } from '../src/inference/lr-test.js';
import { waldTest } from '../src/inference/wald-test.js';
import { expectClose, type FixtureModel, fitResultFromR, loadFixture } from './inference-fixture.js';

interface WaldRef {
  hypothesis: string;
  result: { estimate: number; stdError: number; chi2: number; df: number; p: number };
}
interface QuineFixture {
  model: FixtureModel;
  lrTest: { statistic: number; df: number; p: number };
  wald: WaldRef[];
}
interface PkoFixture {
  model: FixtureModel;
  restricted: FixtureModel;
  lrTest: { statistic: number; df: number; p: number };
  wald: WaldRef[];
}

const quine = loadFixture<QuineFixture>('quine');
const pko = loadFixture<PkoFixture>('pko');
const quineFit = fitResultFromR(quine.model, 'Days ~ Eth + Sex + Age + Lrn');
const pkoFit = fitResultFromR(pko.model, 'brf_grc ~ troop_lag1000 * regional_pko + log1p(brf_grc_lag)');
const pkoRestricted = fitResultFromR(
  pko.restricted,
  'brf_grc ~ troop_lag1000 + regional_pko + log1p(brf_grc_lag)',
);

describe('lrTest (likelihood ratio of nested models)', () => {
  it('reproduces the shared quine reference: LR 3.028775061, df 1, p 0.08179975046', () => {
    // The larger model's logLik from /work/shared/reference/README.md: 2·logLik = -1090.122243.
    const larger = { ...quineFit, formula: 'Days ~ Eth * Lrn + Sex + Age', logLik: -1090.122243 / 2, df: 9 };
    larger.coefficients = [...quineFit.coefficients, { ...quineFit.coefficients[1]!, term: 'EthN:LrnSL' }];
    const r = lrTest(larger, quineFit); // either order
    expect(r.df).toBe(1);
    // The README prints 2·logLik to 6 decimals, so LR and p agree to about 1e-6 here.
    expectClose(r.statistic, 3.028775061, 1e-6, 'LR');
    expectClose(r.p, 0.08179975046, 1e-6, 'p');
    expectClose(r.statistic, quine.lrTest.statistic, 1e-6, 'LR vs fixture');
    expect(r.restricted.formula).toBe('Days ~ Eth + Sex + Age + Lrn');
  });

  it('matches R on the pko interaction model (tolerance 1e-9 on LR, 1e-12 absolute on p)', () => {
    const r = lrTest(pkoRestricted, pkoFit);
    expectClose(r.statistic, pko.lrTest.statistic, 1e-9, 'LR');
    expect(Math.abs(r.p - pko.lrTest.p)).toBeLessThan(1e-12);
  });

  it('halves p for Poisson against negative binomial (boundary) and refuses non-nested pairs', () => {
    const poisson = { ...quineFit, family: 'poisson' as const, logLik: quineFit.logLik - 2, df: 7 };
    const r = lrTest(poisson, quineFit);
    expect(r.p).toBeCloseTo(0.5 * 0.0455002638963584, 12);
    expect(r.notes.join(' ')).toContain('boundary');
    expect(() => lrTest(quineFit, { ...quineFit })).toThrow(PeacepanelError);
    expect(() => lrTest(quineFit, { ...pkoFit, n: quineFit.n })).toThrow(/not in the larger/);
    expect(() => lrTest(quineFit, { ...pkoFit })).toThrow(/different observations/);
  });
});

describe('waldTest (linear restrictions written as text)', () => {
  it.each(quine.wald.map((w) => [w.hypothesis, w] as const))(
    'quine: %s matches R (1e-9 relative)',
    (_, ref) => {
      const r = waldTest(quineFit, ref.hypothesis);
      expect(r.df).toBe(ref.result.df);
      expectClose(r.chi2, ref.result.chi2, 1e-9, 'chi2');
      expectClose(r.p, ref.result.p, 1e-9, 'p');
      expectClose(r.restrictions[0]!.estimate, ref.result.estimate, 1e-9, 'estimate');
      expectClose(r.restrictions[0]!.stdError, ref.result.stdError, 1e-9, 'se');
    },
  );

  it('pko: the UN effect with a regional partner, troop_lag1000 + troop_lag1000:regional_pko = 0', () => {
    const ref = pko.wald[0]!;
    const r = waldTest(pkoFit, ref.hypothesis);
    expectClose(r.chi2, ref.result.chi2, 1e-9, 'chi2');
    expectClose(r.restrictions[0]!.estimate, ref.result.estimate, 1e-9, 'estimate');
    expect(r.restrictions[0]!.lower).toBeLessThan(r.restrictions[0]!.estimate);
  });

  it('rejects dependent restrictions and unknown names with a clear error', () => {
    expect(() => waldTest(quineFit, 'EthN = 0; 2*EthN = 0')).toThrow(/linearly dependent/);
    expect(() => waldTest(quineFit, 'EthX = 0')).toThrow(/unknown coefficient "EthX"/);
  });
});
