import { specificationCurveSvg } from '@peacepanel/charts';
import {
  type MultiverseResult,
  multiverseReading,
  multiverseSummaryText,
  specificationCurve,
} from '@peacepanel/core';
import type { Figure } from './figures.js';

/** The figure files of the multiverse section. */
export const MULTIVERSE_FIGURES: Record<'interaction' | 'unTroops', string> = {
  interaction: 'multiverse-interaction.svg',
  unTroops: 'multiverse-un-troops.svg',
};

const TITLES: Record<'interaction' | 'unTroops', string> = {
  interaction: 'Specification curve: the UN × non-UN interaction',
  unTroops: 'Specification curve: UN troops',
};

/**
 * The multiverse section of the replication report (issue 12): the specification curves of the
 * interaction and of UN troops (main specification marked), and the summary in plain words (median,
 * share with the study's sign, share of those significant, the choice that moves each estimate most).
 * A separate module so the report can add it when a multiverse result is at hand (`renderReport`'s
 * `extraSections`; `peacepanel replicate --multiverse`).
 * Reference: Simonsohn, Simmons & Nelson (2020), Nat. Hum. Behav. 4.
 * @example multiverseReportSection(countryMonthMultiverse).markdown.startsWith('## Robustness across') // => true
 */
export function multiverseReportSection(result: MultiverseResult): { markdown: string; figures: Figure[] } {
  const main = result.rows.find((r) => r.id === result.mainId);
  const quantities: ('interaction' | 'unTroops')[] = ['interaction', 'unTroops'];
  const figures: Figure[] = quantities.map((q) => ({
    file: MULTIVERSE_FIGURES[q],
    svg: specificationCurveSvg(specificationCurve(result, q), TITLES[q]),
  }));
  const lines = [
    '## Robustness across every defensible specification (the multiverse)',
    '',
    'Each choice a reasonable researcher could make differently is declared with its options, a rationale and a reference (unit, sample, non-UN measure, past violence, controls, fixed effects, inference, model); combinations that make no sense are excluded by declared rules. Every remaining specification is fitted; a fit that fails is kept with its reason.',
    '',
    main
      ? `The main specification is marked in each curve${main.ok ? '' : ` (its fit failed: ${main.reason})`}.`
      : 'The main specification is not among the specifications run (restricted with --only).',
    '',
    ...quantities.flatMap((q) => [`![${TITLES[q]}](${MULTIVERSE_FIGURES[q]})`, '']),
    ...multiverseSummaryText(result).map((l) => (l.startsWith('  ') ? `- ${l.trim()}` : l)),
    '',
    `In one line: ${multiverseReading(result, 'interaction')}`,
  ];
  return { markdown: lines.join('\n'), figures };
}
