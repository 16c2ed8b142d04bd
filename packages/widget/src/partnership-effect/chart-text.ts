import type {
  EffectData,
  EffectText,
  ScenarioData,
  ScenarioText,
  TrendData,
  TrendText,
} from '@peacepanel/charts';
import { intervalOverlapRanges } from '@peacepanel/core';
import type { Formats, Messages } from './i18n.js';

/**
 * The effect chart's words in the reader's language.
 * @example import { createFormats, messagesFor } from './i18n.js';
 * effectText(messagesFor('en'), createFormats('en'), 0.95).seriesLabel(0) // => 'No non-UN partner'
 */
export function effectText(m: Messages, f: Formats, ci: number): EffectText {
  return {
    xTitle: m.effect.xTitle,
    yTitle: m.effect.yTitle,
    seriesLabel: (n) => (n === 0 ? m.effect.noPartner : m.effect.series(f.troops(n))),
    formatTroops: f.troops,
    formatDeaths: f.deaths,
    pointLabel: (s, un, fit, lo, hi) =>
      m.effect.point(s, f.troops(un), f.deaths(fit), f.deaths(lo), f.deaths(hi), f.level(ci)),
    clippedNote: m.effect.clipped,
  };
}

/**
 * The trend chart's words.
 * @example import { createFormats, messagesFor } from './i18n.js';
 * trendText(messagesFor('en'), createFormats('en')).formatShare(0.44) // => '44%'
 */
export function trendText(m: Messages, f: Formats): TrendText {
  return {
    ...m.trend,
    formatYear: f.year,
    formatShare: f.share,
    formatCount: f.count,
    yearLabel: (y, s, u, n, b) =>
      m.trend.year(f.year(y), s === null ? null : f.share(s), f.count(u), f.count(n), f.count(b)),
  };
}

/**
 * The scenario chart's words.
 * @example import { createFormats, messagesFor } from './i18n.js';
 * scenarioText(messagesFor('en'), createFormats('en'), 0.95, 10000, 5000).aloneLabel
 */
export function scenarioText(m: Messages, f: Formats, ci: number, un: number, nonun: number): ScenarioText {
  return {
    scenarioLabel: (k, u, n) => m.scenario.label(k, f.troops(u), f.troops(n)),
    deathsTitle: m.scenario.deathsTitle(f.level(ci)),
    troopsTitle: m.scenario.troopsTitle,
    aloneLabel: m.scenario.alone(f.troops(un)),
    withPartnerLabel: m.scenario.withPartner(f.troops(nonun)),
    notReached: m.scenario.notReached,
    noReduction: m.scenario.noReduction,
    formatDeaths: f.deaths,
    formatTroops: f.troops,
    estimateLabel: (s, fit, lo, hi) =>
      m.scenario.estimate(s, f.deaths(fit), f.deaths(lo), f.deaths(hi), f.level(ci)),
    troopsLabel: (w, t) => m.scenario.troops(w, t === null ? null : f.troops(t)),
  };
}

/**
 * The plain-language reading of the effect chart, computed from the plotted numbers: for each line, where
 * predicted deaths start (no UN troops) and end (at the largest UN number shown); then, for each partnered
 * line, where its interval overlaps the no-partner line's (`intervalOverlapRanges`), so the text never
 * claims a difference the intervals do not carry.
 * @example import { createFormats, messagesFor } from './i18n.js';
 * const data = { ciLevel: 0.95, curves: [{ nonun: 0, points: [{ un: 0, fit: 40, lower: 30, upper: 55 }, { un: 20000, fit: 12, lower: 6, upper: 25 }] }] };
 * effectReading(messagesFor('en'), createFormats('en'), data).startsWith('With no non-UN partner, predicted battle deaths fall from 40 a month') // => true
 */
export function effectReading(m: Messages, f: Formats, data: EffectData): string {
  const parts = data.curves.flatMap((c, i) => {
    const first = c.points[0];
    const last = c.points[c.points.length - 1];
    if (!first || !last) return [];
    return [
      {
        condition: m.effect.condition(c.nonun === 0 ? null : f.troops(c.nonun), i === 0),
        from: f.deaths(first.fit),
        to: f.deaths(last.fit),
        unMax: f.troops(last.un),
        falls: last.fit < first.fit,
      },
    ];
  });
  const none = data.curves.find((c) => c.nonun === 0);
  const overlaps = none
    ? data.curves
        .filter((c) => c !== none)
        .map((c) => {
          const ranges = intervalOverlapRanges(none.points, c.points);
          const first = none.points[0]?.un;
          const last = none.points[none.points.length - 1]?.un;
          return m.effect.overlap({
            partner: m.effect.condition(f.troops(c.nonun), false),
            level: f.level(data.ciLevel),
            all: ranges.length === 1 && ranges[0]?.from === first && ranges[0]?.to === last,
            ranges: ranges.map((r) => ({ from: f.troops(r.from), to: f.troops(r.to) })),
          });
        })
    : [];
  return [m.effect.reading(parts), ...overlaps].join(' ');
}

/**
 * The trend chart's sentence: the overall share of UN months with a partner, and the peak year.
 * @example import { createFormats, messagesFor } from './i18n.js';
 * const data = { years: [{ year: 2013, unOnly: 8, nonunOnly: 2, both: 6, share: 0.43 }], overallShare: 0.43 };
 * trendReading(messagesFor('en'), createFormats('en'), data)
 */
export function trendReading(m: Messages, f: Formats, data: TrendData): string {
  const first = data.years[0]?.year ?? 0;
  const last = data.years[data.years.length - 1]?.year ?? 0;
  let peak: { year: number; share: number } | null = null;
  for (const y of data.years)
    if (y.share !== null && (peak === null || y.share > peak.share)) peak = { year: y.year, share: y.share };
  return m.trend.reading(
    f.year(first),
    f.year(last),
    data.overallShare === null ? null : f.share(data.overallShare),
    peak ? f.year(peak.year) : null,
    peak ? f.share(peak.share) : null,
    data.referenceShare == null ? null : f.share(data.referenceShare),
  );
}

/**
 * The scenario chart's sentence.
 * @example import { createFormats, messagesFor } from './i18n.js';
 * const estimate = (key: 'none' | 'un' | 'nonun' | 'both', fit: number) => ({ key, un: 0, nonun: 0, fit, lower: fit / 2, upper: fit * 2 });
 * const data = { estimates: [estimate('none', 40), estimate('un', 20), estimate('nonun', 30), estimate('both', 10)], ciLevel: 0.95, reduction: 0.5, unAlone: 10000, unWithPartner: 6000 };
 * scenarioReading(messagesFor('en'), createFormats('en'), data)
 */
export function scenarioReading(m: Messages, f: Formats, data: ScenarioData): string {
  const fit = (k: string) => f.deaths(data.estimates.find((e) => e.key === k)?.fit ?? Number.NaN);
  return m.scenario.reading({
    none: fit('none'),
    un: fit('un'),
    nonun: fit('nonun'),
    both: fit('both'),
    unTroops: f.troops(data.unAlone),
    withPartner: data.unWithPartner === null ? null : f.troops(data.unWithPartner),
  });
}
