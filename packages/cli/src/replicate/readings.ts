import type { Formatter } from './format.js';
import { pointer } from './json-pointer.js';
import type { ModelSlot, ReplicationNumbers } from './numbers.js';

/**
 * Plain-language readings of each section, written from numbers.json through the formatter (so
 * they hold no typed-in numbers). Each says what the estimate means and what it cannot show.
 */

const significant = (slot: ModelSlot, term: string, alpha: number): boolean | null => {
  if (slot.status !== 'ok') return null;
  const p = slot.coefficients[term]?.p;
  return p === null || p === undefined ? null : p < alpha;
};

function slopeSentence(
  f: Formatter,
  n: ReplicationNumbers,
  model: 'unOnly' | 'nonunOnly',
  term: string,
  who: string,
): string {
  const slot = n.models[model];
  const c = slot.status === 'ok' ? slot.coefficients[term] : undefined;
  if (!c || c.pctChange === null) return '';
  const base = pointer('models', model, 'coefficients', term);
  const sig = significant(slot, term, n.conventions.alpha);
  return `In the ${who}-only model, a thousand more ${who} last month go with a ${f.num(`${base}/pctChange`, 'pct1')} change in expected battle deaths this month (${sig ? 'significant' : 'not significant'}, p ${f.num(`${base}/p`, 'pval')}).`;
}

/**
 * The reading of the descriptive comparison.
 * @example descriptiveReading(createFormatter(replicationNumbers), replicationNumbers).startsWith('**Reading.**') // => true
 */
export function descriptiveReading(f: Formatter, n: ReplicationNumbers): string {
  const d = n.descriptive;
  if (d.status !== 'ok' || d.gapToPaper === null) return '';
  const fewer = d.gapToPaper < 0;
  return `**Reading.** ${fewer ? 'Fewer' : 'More'} UN deployment months have a non-UN partner in our data than the paper reports (ours minus the paper's: ${f.num('/descriptive/gapToPaper', 'pp1')} percentage points). ${
    fewer
      ? "A shortfall is what a hand-compiled mission list that misses some non-UN operations would produce, and crediting a country's deployments to each of its conflicts shifts the count too; it is not evidence against the paper's figure. The table below gives the share under every definition of a partner."
      : "A surplus can come from our wider mission list (it includes operations such as the French and SADC interventions that a peace-operations list may leave out) and from crediting a country's deployments to each of its conflicts. The table below gives the share under every definition of a partner."
  }`;
}

/**
 * The reading of the main models.
 * @example modelsReading(createFormatter(replicationNumbers), replicationNumbers).startsWith('**Reading.**') // => true
 */
export function modelsReading(f: Formatter, n: ReplicationNumbers): string {
  const parts = [
    slopeSentence(f, n, 'unOnly', 'un_troops_k_lag1', 'UN troops'),
    slopeSentence(f, n, 'nonunOnly', 'nonun_troops_k_lag1', 'non-UN troops'),
  ];
  const main = n.models.main;
  const term = 'un_troops_k_lag1:nonun_troops_k_lag1';
  const c = main.status === 'ok' ? main.coefficients[term] : undefined;
  if (c && c.estimate !== null) {
    const base = pointer('models', 'main', 'coefficients', term);
    const sig = significant(main, term, n.conventions.alpha);
    parts.push(
      c.estimate < 0
        ? `In the main model the UN × non-UN term is negative (p ${f.num(`${base}/p`, 'pval')}): where non-UN troops are present, more UN troops go with fewer deaths than elsewhere, ${sig ? 'as the paper finds' : 'in the direction the paper finds, but the data cannot distinguish this from no difference'}.`
        : `In the main model the UN × non-UN term is positive (p ${f.num(`${base}/p`, 'pval')}): our data do not show UN troops doing better alongside non-UN troops, the opposite of the paper's finding${sig ? '' : ', though the estimate is not significant either'}.`,
    );
  }
  parts.push(
    "These are associations conditional on UN police and observers, last month's deaths and the conflict's duration, not experiments: missions are sent where fighting is worst, so a positive troop coefficient can reflect where troops go rather than harm they do.",
  );
  return `**Reading.** ${parts.filter(Boolean).join(' ')}`;
}

/**
 * The reading of the partnership curves.
 * @example partnershipReading(createFormatter(replicationNumbers), replicationNumbers).startsWith('**Reading.**') // => true
 */
export function partnershipReading(f: Formatter, n: ReplicationNumbers): string {
  const p = n.partnership;
  if (p.status !== 'ok' || p.contrasts.length < 2) return '';
  const last = p.contrasts.length - 1;
  const c = (i: number, k: string) => pointer('partnership', 'contrasts', i, k);
  const ranges = p.overlapRanges;
  const grid = p.curves[0]?.points ?? [];
  const first = grid[0]?.un;
  const lastUn = grid[grid.length - 1]?.un;
  const whole = ranges.length === 1 && ranges[0]?.from === first && ranges[0]?.to === lastUn;
  const r = (i: number, k: 'from' | 'to') =>
    f.num(pointer('partnership', 'overlapRanges', i, k), 'thousands');
  const overlap =
    ranges.length === 0
      ? 'The intervals of the two curves do not overlap at any UN level shown: the data separate the partnered curve from the unpartnered one.'
      : whole
        ? `The intervals of the two curves overlap at every UN level shown (${r(0, 'from')} to ${r(0, 'to')} UN troops): the data cannot tell the partnered and unpartnered curves apart, so no claim that a partner changes the effect of UN troops can rest on them.`
        : `The intervals of the two curves overlap at ${ranges.map((_, i) => `${r(i, 'from')} to ${r(i, 'to')}`).join(' and ')} UN troops, where the data cannot tell the curves apart; outside ${ranges.length === 1 ? 'that range' : 'those ranges'} they separate.`;
  return `**Reading.** Without a partner, predicted monthly deaths go from ${f.num(`${c(0, 'without')}/fit`, 'dec1')} with no UN troops to ${f.num(`${c(last, 'without')}/fit`, 'dec1')} with ${f.num(c(last, 'un'), 'thousands')}; with ${f.num('/partnership/partnerLevel', 'thousands')} non-UN troops alongside, from ${f.num(`${c(0, 'with')}/fit`, 'dec1')} to ${f.num(`${c(last, 'with')}/fit`, 'dec1')}. ${overlap} The paper finds deaths falling with UN troops, and most with a non-UN partner alongside; read ours against the data differences above, which weigh most on exactly the non-UN and interaction terms.`;
}

/**
 * The reading of the robustness table.
 * @example robustnessReading(createFormatter(replicationNumbers), replicationNumbers).startsWith('**Reading.**') // => true
 */
export function robustnessReading(f: Formatter, n: ReplicationNumbers): string {
  if (n.robustness.status !== 'ok') return '';
  return `**Reading.** Of the ${f.num('/robustness/fitted', 'int')} variants that converged, ${f.num('/robustness/negativeInteraction', 'int')} give a negative partnership interaction, and ${f.num('/summary/robustness/reproduced', 'int')} a negative and significant one. A result that changes sign between variants is fragile in these data; one that keeps its sign but not its significance is imprecise.`;
}

/**
 * The reading of the HKS check.
 * @example hksReading(createFormatter(replicationNumbers), replicationNumbers).startsWith('**Reading.**') // => true
 */
export function hksReading(f: Formatter, n: ReplicationNumbers): string {
  const h = n.hks;
  if (h.status !== 'ok') return '';
  const falls = h.withTroops.fit < h.noUn.fit;
  const clear = h.withTroops.upper < h.noUn.fit;
  return `**Reading.** ${
    falls
      ? `As in HKS, predicted deaths fall as UN troops rise, but by ${f.num('/hks/reduction', 'pct0')} rather than about ${f.num('/paper/hks/reduction', 'pct0')}${clear ? '' : ', and the interval at the higher troop level still reaches the no-troop prediction, so the drop is not statistically clear'}.`
      : 'Unlike HKS, predicted deaths do not fall as UN troops rise.'
  } The level of the predictions differs from theirs too: it depends on the sample and on the covariate values held fixed, which are not the same as theirs.`;
}
