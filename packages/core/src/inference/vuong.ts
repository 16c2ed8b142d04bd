import { PeacepanelError } from '../errors.js';
import { type AnyFitted, countObservations, isTwoPart } from '../results/observations.js';
import { normalCdf } from '../special/normal-cdf.js';

/** One row of the Vuong test table. */
export interface VuongRow {
  label: 'Raw' | 'AIC-corrected' | 'BIC-corrected';
  z: number;
  /** One-sided p-value in the direction of the sign of z, as pscl. */
  p: number;
  favours: 'model1' | 'model2';
}

/** The result of {@link vuongTest}. */
export interface VuongTest {
  n: number;
  k1: number;
  k2: number;
  rows: VuongRow[];
  note: string;
}

/**
 * Vuong's (1989) non-nested test of two count models fitted to the same outcome, exactly as
 * `pscl::vuong` (1.5.5): mᵢ = log P₁(yᵢ) − log P₂(yᵢ), z = Σ(mᵢ − a)/(sd(m)·√n) for a = 0 (raw),
 * (k₁−k₂)/n (AIC-corrected) and (k₁−k₂)·log(n)/(2n) (BIC-corrected), k the number of coefficients
 * (θ not counted), one-sided normal p-values. Descriptive only for a zero-inflated model against its
 * plain model, which is nested at the boundary (Wilson 2015).
 * @throws PeacepanelError `BAD_OPTION` when the two models were fitted to different outcomes.
 * @example const zinb = fitTwoPartModel({ formula: 'Days ~ Eth | 1', model: 'zinb' }, quine);
 * const negbin = fitModelDetailed({ formula: 'Days ~ Eth' }, quine);
 * vuongTest(zinb, negbin).rows[0]?.z // => 0.284729
 */
export function vuongTest(m1: AnyFitted, m2: AnyFitted): VuongTest {
  const a = countObservations(m1);
  const b = countObservations(m2);
  const n = a.y.length;
  if (n !== b.y.length || a.y.some((v, i) => v !== b.y[i]))
    throw new PeacepanelError('BAD_OPTION', 'the two models were fitted to different observations', {
      fix: 'fit both models to the same outcome and rows (same missing values excluded)',
    });
  const m: number[] = [];
  for (let i = 0; i < n; i++) {
    const d = Math.log(a.prob(i, a.y[i] as number)) - Math.log(b.prob(i, a.y[i] as number));
    if (Number.isFinite(d)) m.push(d);
  }
  const k1 = coefficientCount(m1);
  const k2 = coefficientCount(m2);
  const neff = m.length;
  const adjust = [0, (k1 - k2) / neff, ((k1 - k2) / (2 * neff)) * Math.log(neff)];
  const labels = ['Raw', 'AIC-corrected', 'BIC-corrected'] as const;
  const mean = m.reduce((s, v) => s + v, 0) / neff;
  const sd = Math.sqrt(m.reduce((s, v) => s + (v - mean) ** 2, 0) / (neff - 1));
  const rows = adjust.map((adj, j): VuongRow => {
    const z = ((mean - adj) * neff) / (sd * Math.sqrt(neff));
    return {
      label: labels[j] as VuongRow['label'],
      z,
      p: z > 0 ? normalCdf(-z) : normalCdf(z),
      favours: z > 0 ? 'model1' : 'model2',
    };
  });
  return {
    n: neff,
    k1,
    k2,
    rows,
    note:
      neff < n
        ? `${n - neff} observations with a zero or non-finite predicted probability were dropped (as pscl)`
        : 'descriptive: the test assumes non-nested models (Wilson 2015)',
  };
}

/** length(coef(m)) as R counts it: aliased coefficients included, θ not. */
function coefficientCount(m: AnyFitted): number {
  return isTwoPart(m) ? m.result.count.length + m.result.zero.length : m.result.coefficients.length;
}
