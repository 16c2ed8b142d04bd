/**
 * `view="robustness"`: how the partnership estimate depends on reasonable modelling choices — the
 * specification curve of the shipped multiverse result (issue 12), computed at build time, never
 * fitted in the reader's browser (`multiverse-curve.ts`).
 */
import {
  type RobustnessData,
  type RobustnessPoint,
  type RobustnessText,
  renderRobustnessChart,
} from '@peacepanel/charts';
import { createFormats, type Formats, type Lang, messagesFor, type RobustnessMessages } from '../i18n.js';
import type { ChartView } from './chart-view.js';

/**
 * The robustness view's data with nothing in it.
 * @example emptyRobustness().points // []
 */
export const emptyRobustness = (): RobustnessData => ({
  points: [],
  choices: [],
  total: 0,
  missing: 0,
  alpha: 0.05,
});

/** A ratio with two significant digits (0.75, 1.1). */
const ratio = (f: Formats, x: number) => f.deaths(x);

/**
 * The chart's words in the reader's language.
 * @example robustnessText(messagesFor('en').robustness, createFormats('en'), 'en', emptyRobustness()).mainLabel // => 'Main specification'
 */
export function robustnessText(
  m: RobustnessMessages,
  f: Formats,
  lang: Lang,
  d: RobustnessData,
): RobustnessText {
  const level = f.level(1 - d.alpha);
  const tick = new Intl.NumberFormat(lang, { maximumSignificantDigits: 3 });
  const choicesOf = (p: RobustnessPoint) =>
    d.choices
      .map((c, i) => `${m.choices[c.name] ?? c.name}: ${m.options[p.options[i] ?? ''] ?? p.options[i]}`)
      .join('; ');
  return {
    yTitle: m.yTitle,
    xTitle: m.xTitle,
    mainLabel: m.main,
    classLabel: (cls) => m.classes[cls],
    formatRatio: (x) => tick.format(x),
    pointLabel: (p) =>
      m.point({
        rank: f.count(p.rank + 1),
        total: f.count(d.points.length),
        main: p.main,
        ratio: ratio(f, p.estimate),
        lower: ratio(f, p.lower),
        upper: ratio(f, p.upper),
        level,
        cls: m.classes[p.cls],
        choices: `${choicesOf(p)}.`,
      }),
    choiceLabel: (name) => m.choices[name] ?? name,
    optionLabel: (id) => m.options[id] ?? id,
  };
}

/**
 * The robustness view.
 * @example robustnessView.isEmpty(emptyRobustness()) // true
 */
export const robustnessView: ChartView<RobustnessData> = {
  source: 'multiverse',
  intervals: false,
  empty: emptyRobustness,
  isEmpty: (d) => d.points.length === 0,
  words(d, s) {
    const m = messagesFor(s.lang).robustness;
    const f = createFormats(s.lang);
    const below = d.points.filter((p) => p.cls === 'sign' || p.cls === 'sign-significant').length;
    const significant = d.points.filter((p) => p.cls === 'sign-significant').length;
    const main = d.points.find((p) => p.main);
    return {
      reading: m.reading({
        below: f.count(below),
        total: f.count(d.total),
        significant: f.count(significant),
        alpha: f.level(d.alpha),
        main: main ? ratio(f, main.estimate) : null,
        missing: d.missing ? f.count(d.missing) : null,
      }),
      description: m.description(f.count(d.total)),
    };
  },
  draw(d, s, a) {
    const text = robustnessText(messagesFor(s.lang).robustness, createFormats(s.lang), s.lang, d);
    return renderRobustnessChart({ data: d, width: a.width, height: a.height, palette: a.palette, text });
  },
  table: (d) => ({
    columns: ['rank', 'specification', 'ratio', 'lower', 'upper', 'class', 'main'],
    rows: d.points.map((p) => [p.rank + 1, p.id, p.estimate, p.lower, p.upper, p.cls, p.main ? 'main' : '']),
  }),
};
