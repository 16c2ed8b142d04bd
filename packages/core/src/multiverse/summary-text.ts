import type { MultiverseResult } from './result.js';
import type { Quantity } from './row.js';
import type { QuantitySummary } from './summary.js';

const WORDS: Record<Quantity, { name: string; sign: string }> = {
  unTroops: {
    name: 'the UN-troops coefficient',
    sign: 'negative (fewer deaths with more UN troops, as the study reports)',
  },
  interaction: {
    name: 'the UN × non-UN interaction',
    sign: 'negative (UN troops reduce deaths more with a partner, as the study reports)',
  },
  partnership: {
    name: 'the partnership effect',
    sign: 'below 1 (fewer predicted deaths with a typical partner, as the study reports)',
  },
};

function num(x: number | null): string {
  return x === null ? 'n/a' : String(Number(x.toPrecision(3)));
}

/**
 * The one-line reading of a quantity, e.g. "In 412 of 1080 specifications, the UN × non-UN
 * interaction is negative (…); 35 of them are significant at 5%." Counts only, from the summary.
 * @example multiverseReading(countryMonthMultiverse, 'interaction').startsWith('In 0 of 12 specifications') // => true
 */
export function multiverseReading(result: MultiverseResult, q: Quantity): string {
  const s = result.summary.quantities.find((x) => x.quantity === q) as QuantitySummary;
  const w = WORDS[q];
  const level = `${Math.round(result.summary.alpha * 100)}%`;
  const failed = result.summary.total - s.n;
  return `In ${s.withSign} of ${result.summary.total} specifications, ${w.name} is ${w.sign}; ${s.significant} of them are significant at ${level}${failed ? ` (${failed} specifications did not give an estimate)` : ''}.`;
}

/**
 * The summary in plain words, one paragraph per quantity: the reading, the median estimate, and the
 * choice whose options move the estimate most, with its option averages.
 * @example multiverseSummaryText(countryMonthMultiverse)[0] // => '12 specifications (12 combinations of the declared choices; ).'
 */
export function multiverseSummaryText(result: MultiverseResult): string[] {
  const lines = [
    `${result.specifications} specifications (${result.combinations} combinations of the declared choices; ${result.exclusions
      .filter((e) => e.count)
      .map((e) => `${e.count} excluded because ${e.reason}`)
      .join('; ')}).`,
    `${result.summary.ok} fitted; ${result.summary.failed} failed and are kept as rows with their reason.`,
  ];
  for (const f of result.summary.failures.slice(0, 5)) lines.push(`  ${f.count} × ${f.reason}`);
  for (const s of result.summary.quantities) {
    lines.push('', multiverseReading(result, s.quantity));
    const scale = s.quantity === 'partnership' ? 'ratio' : 'estimate';
    lines.push(`Median ${scale}: ${num(s.median)}.`);
    if (s.quantity === 'interaction' && s.byOption.some((o) => o.option === 'present' && o.n > 0))
      lines.push(
        'Scale: with non-UN presence (0/1) the interaction is per mission present, with troop measures per thousand troops, so its size is not comparable across non-UN measures; the partnership ratio is.',
      );
    if (s.mostInfluential) {
      const choice = result.grid.find((c) => c.name === s.mostInfluential);
      const opts = s.byOption
        .filter((o) => o.choice === s.mostInfluential && o.n > 0)
        .map(
          (o) =>
            `${choice?.options.find((x) => x.id === o.option)?.label ?? o.option} ${num(o.mean)} (n = ${o.n})`,
        );
      lines.push(
        `The choice that moves it most: ${choice?.label.toLowerCase() ?? s.mostInfluential} (average ${scale} by option: ${opts.join('; ')}).`,
      );
    }
  }
  return lines;
}
