import { CHOICE_NAMES, type ChoiceName, type Grid, MULTIVERSE_GRID } from './grid.js';
import { type MultiverseRow, QUANTITIES, type Quantity } from './row.js';

/**
 * The sign the study reports for each quantity (Schumann & Bara 2023, ISQ): UN troops reduce battle
 * deaths (negative coefficient), more so with a partner (negative interaction), so deaths with a
 * partner are lower (ratio below 1, i.e. a negative log ratio).
 */
export const STUDY_SIGNS: Record<Quantity, -1 | 1> = { unTroops: -1, interaction: -1, partnership: -1 };

/** The summary of one quantity over the specifications that ran. */
export interface QuantitySummary {
  quantity: Quantity;
  /** Specifications with a finite estimate of this quantity (ok rows). */
  n: number;
  /** Median estimate (the ratio itself for the partnership effect). */
  median: number | null;
  /** Specifications whose estimate has the study's sign, and their share of `n`. */
  withSign: number;
  shareWithSign: number | null;
  /** Of those, the ones whose interval excludes the null, and their share of `withSign`. */
  significant: number;
  shareSignificantOfSign: number | null;
  /** Average estimate by option, per choice (geometric mean for the ratio), with the count. */
  byOption: { choice: ChoiceName; option: string; n: number; mean: number | null }[];
  /** The choice whose option means differ most (largest range), or null. */
  mostInfluential: ChoiceName | null;
}

/** The summary of a multiverse run. */
export interface MultiverseSummary {
  total: number;
  ok: number;
  failed: number;
  /** Failure reasons and their counts, most frequent first (ties by reason). */
  failures: { reason: string; count: number }[];
  alpha: number;
  quantities: QuantitySummary[];
}

/** The value summarised: the coefficient, or the log ratio for the partnership effect. */
function scaleOf(q: Quantity, x: number): number {
  return q === 'partnership' ? Math.log(x) : x;
}

/**
 * Summarises a multiverse (Simonsohn, Simmons & Nelson 2020, "Specification curve analysis",
 * Nat. Hum. Behav. 4; `specr::summary(type = "curve")`): per quantity, the median estimate, the share
 * of specifications with the sign the study reports, the share of those that are also significant
 * (interval excluding 0, or 1 for the ratio; p < alpha), and the average estimate by option per choice,
 * which shows the choices that move the estimate most. Failed rows are counted, not summarised.
 * @example summarizeMultiverse(countryMonthRows).quantities[1]?.shareWithSign // => 0
 */
export function summarizeMultiverse(
  rows: readonly MultiverseRow[],
  alpha = 0.05,
  grid: Grid = MULTIVERSE_GRID,
): MultiverseSummary {
  const ok = rows.filter((r) => r.ok);
  const reasons = new Map<string, number>();
  for (const r of rows)
    if (!r.ok) reasons.set(r.reason ?? 'unknown', (reasons.get(r.reason ?? 'unknown') ?? 0) + 1);
  const failures = [...reasons]
    .map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0));
  return {
    total: rows.length,
    ok: ok.length,
    failed: rows.length - ok.length,
    failures,
    alpha,
    quantities: QUANTITIES.map((q) => summarizeQuantity(ok, q, alpha, grid)),
  };
}

function summarizeQuantity(
  rows: readonly MultiverseRow[],
  q: Quantity,
  alpha: number,
  grid: Grid,
): QuantitySummary {
  const sign = STUDY_SIGNS[q];
  const used = rows.filter((r) => r[q] !== null);
  const values = used.map((r) => scaleOf(q, r[q]!.estimate));
  const withSign = used.filter((_r, i) => Math.sign(values[i] as number) === sign);
  const significant = withSign.filter((r) => r[q]!.p < alpha).length;
  const back = (x: number) => (q === 'partnership' ? Math.exp(x) : x);
  const byOption: QuantitySummary['byOption'] = [];
  let mostInfluential: ChoiceName | null = null;
  let widest = -1;
  for (const name of CHOICE_NAMES) {
    const choice = grid.find((c) => c.name === name);
    const means: number[] = [];
    for (const o of choice?.options ?? []) {
      let s = 0;
      let n = 0;
      used.forEach((r, i) => {
        if (r.choices[name] === o.id) {
          s += values[i] as number;
          n++;
        }
      });
      if (n) means.push(s / n);
      byOption.push({ choice: name, option: o.id, n, mean: n ? back(s / n) : null });
    }
    const range = means.length > 1 ? Math.max(...means) - Math.min(...means) : -1;
    if (range > widest) {
      widest = range;
      mostInfluential = range >= 0 ? name : mostInfluential;
    }
  }
  return {
    quantity: q,
    n: used.length,
    median: used.length ? back(median(values)) : null,
    withSign: withSign.length,
    shareWithSign: used.length ? withSign.length / used.length : null,
    significant,
    shareSignificantOfSign: withSign.length ? significant / withSign.length : null,
    byOption,
    mostInfluential,
  };
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const h = (s.length - 1) / 2;
  return ((s[Math.floor(h)] as number) + (s[Math.ceil(h)] as number)) / 2;
}
