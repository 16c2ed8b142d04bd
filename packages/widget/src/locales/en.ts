/**
 * English, the widget's built-in language (in the element script; the others load lazily).
 */
import type { Messages } from '../partnership-effect/i18n.js';

const STUDY_EN =
  'Study: Schumann & Bara, “A New Era: Power in Partnership Peacekeeping”, International Studies Quarterly (2023). Model re-estimated by peacepanel.';

const en: Messages = {
  title: {
    effect: 'Battle deaths and UN troops, with and without a non-UN partner',
    trend: 'How often UN peacekeepers deploy alongside a non-UN mission',
    scenario: 'Predicted battle deaths under four deployment scenarios',
    robustness: 'Does the partnership estimate survive other reasonable modelling choices?',
  },
  effect: {
    xTitle: 'UN troops deployed',
    yTitle: 'Predicted battle deaths per month',
    series: (n) => `${n} non-UN troops`,
    noPartner: 'No non-UN partner',
    point: (s, un, fit, lo, hi, level) =>
      `${s}, ${un} UN troops: ${fit} predicted battle deaths per month (${level} interval ${lo} to ${hi})`,
    clipped: 'Intervals run above the chart',
    condition: (n, first) =>
      `${first ? 'W' : 'w'}ith ${n === null ? 'no non-UN partner' : `${n} non-UN troops`}`,
    reading: (parts) =>
      `${parts
        .map(
          (p, i) =>
            `${p.condition}, predicted battle deaths ${p.falls ? 'fall' : 'rise'} from ${p.from} a month ${i === 0 ? 'with no UN troops ' : ''}to ${p.to}${i === 0 ? ` with ${p.unMax} UN troops` : ''}`,
        )
        .join('; ')}.`,
    overlap: ({ partner, level, all, ranges }) =>
      all
        ? `The ${level} intervals of the no-partner line and the line ${partner} overlap at every UN troop number shown: the data cannot tell them apart, so they do not show that a partner changes what UN troops achieve.`
        : ranges.length === 0
          ? `The ${level} intervals of the no-partner line and the line ${partner} do not overlap at any UN troop number shown.`
          : `The ${level} intervals of the no-partner line and the line ${partner} overlap at ${ranges.map((r) => (r.from === r.to ? r.from : `${r.from} to ${r.to}`)).join(' and ')} UN troops, where the data cannot tell them apart.`,
    description: (level, unMax, series) =>
      `Line chart with ${level} confidence bands: predicted monthly battle deaths for 0 to ${unMax} UN troops, one line each for ${series.join(' and ')}.`,
  },
  trend: {
    shareTitle: 'Share of UN deployment months with a non-UN partner',
    monthsTitle: 'Months with a deployment, by type',
    unOnly: 'UN only',
    nonunOnly: 'Non-UN only',
    both: 'UN and non-UN',
    shareLegend: 'Share with a partner',
    year: (y, share, u, n, b) =>
      `${y}: ${share === null ? 'no UN deployment months' : `${share} of UN deployment months had a non-UN partner`}; months with UN only ${u}, UN and non-UN ${b}, non-UN only ${n}`,
    reading: (first, last, overall, peakYear, peak, reference) =>
      overall === null
        ? `There were no UN deployment months in ${first}–${last}.`
        : `From ${first} to ${last}, ${overall} of UN deployment months had a non-UN partner deployed at the same time${peakYear ? `, most often in ${peakYear} (${peak})` : ''}${reference ? `; the study reports about ${reference} with its data` : ''}.`,
    description: (first, last) =>
      `Two panels for ${first} to ${last}: a line of the yearly share of UN deployment months with a non-UN partner, and stacked bars of deployment months by type.`,
  },
  scenario: {
    label: (key, un, nonun) =>
      key === 'none'
        ? 'No peacekeepers'
        : key === 'un'
          ? `${un} UN troops only`
          : key === 'nonun'
            ? `${nonun} non-UN troops only`
            : `${un} UN and ${nonun} non-UN troops`,
    deathsTitle: (level) => `Predicted battle deaths per month (${level} interval)`,
    troopsTitle: 'UN troops needed for the same reduction',
    alone: (un) => `Without a partner (reduction of ${un} UN troops alone)`,
    withPartner: (nonun) => `With ${nonun} non-UN troops alongside`,
    notReached: 'not reached in range',
    noReduction:
      'In this model, UN troops alone do not lower predicted battle deaths at this size, so there is no reduction to match.',
    estimate: (s, fit, lo, hi, level) =>
      `${s}: ${fit} predicted battle deaths per month (${level} interval ${lo} to ${hi})`,
    troops: (which, t) =>
      `${which}: ${t === null ? 'the reduction is not reached in the range shown' : `${t} UN troops`}`,
    reading: (o) =>
      `Predicted battle deaths per month: ${o.none} with no peacekeepers, ${o.un} with UN troops only, ${o.nonun} with non-UN troops only and ${o.both} with both${o.withPartner === null ? '.' : `; with the partner, ${o.withPartner} UN troops achieve what ${o.unTroops} achieve alone.`}`,
    description:
      'Dot-and-whisker chart of predicted monthly battle deaths for four scenarios, and bars of the UN troops needed for the same reduction with and without a non-UN partner.',
  },
  robustness: {
    yTitle: 'Battle deaths with / without a typical non-UN partner (ratio, log scale)',
    xTitle: 'Specifications, sorted by estimate',
    main: 'Main specification',
    classes: {
      'sign-significant': 'Fewer deaths, significant',
      sign: 'Fewer deaths',
      opposite: 'More deaths',
      'opposite-significant': 'More deaths, significant',
    },
    point: (o) =>
      `Specification ${o.rank} of ${o.total}${o.main ? ' (main specification)' : ''}: ratio ${o.ratio} (${o.level} interval ${o.lower} to ${o.upper}), ${o.cls.toLowerCase()}. ${o.choices}`,
    reading: (o) =>
      `In ${o.below} of ${o.total} specifications, predicted battle deaths are lower with a typical non-UN partner than without one; ${o.significant} of them are significant at ${o.alpha}${o.main ? `. The main specification gives a ratio of ${o.main}` : ''}${o.missing ? ` (${o.missing} specifications gave no estimate)` : ''}.`,
    description: (total) =>
      `Specification curve: for each of ${total} model specifications, the ratio of predicted battle deaths with and without a typical non-UN partner, with its interval, sorted from lowest to highest, coloured by direction and significance, the main specification marked.`,
    choices: {
      unit: 'Unit',
      sample: 'Sample',
      nonun: 'Non-UN measure',
      pastViolence: 'Past violence',
      controls: 'Controls',
      fixedEffects: 'Fixed effects',
      inference: 'Inference',
      model: 'Model',
    },
    options: {
      'country-month': 'country-month',
      'conflict-month': 'conflict-month',
      all: 'all months',
      active: 'active conflict-months',
      '1993-2018': '1993–2018 only',
      strict: 'strict',
      filled: 'filled',
      present: 'present (0/1)',
      'org-type': 'by organisation',
      'log1p-lag1': 'log deaths t−1',
      'level-lag1': 'deaths t−1',
      'log1p-mean3': 'log mean, 3 months',
      none: 'none',
      'police-observers': 'police + observers',
      'police-observers-duration': '+ duration',
      unit: 'unit',
      'unit-year': 'unit + year',
      cr1: 'cluster-robust',
      'wild-score': 'wild bootstrap',
      nb2: 'negative binomial',
      poisson: 'Poisson',
    },
    source: (total, datasets) =>
      `${total} specifications of the partnership model fitted by peacepanel on ${datasets} (UCDP, ViEWS, Kathman and a hand-compiled table of non-UN missions)`,
    method:
      'Each estimate is the ratio of predicted monthly battle deaths with and without a typical non-UN partner at a typical UN deployment; specification curve after Simonsohn, Simmons & Nelson (2020), Nature Human Behaviour.',
  },
  source: (o) => `Data: ${o.data}. ${o.caveat}`,
  sourceShort: (c) => `Data: ${c}`,
  sources: 'Sources',
  fittedOn: (c) => `Countries included: ${c} only.`,
  intervalsModelBased: (c, unit) =>
    `Intervals are model-based (negative binomial), not clustered by ${unit} as in the main specification: the data hold one ${unit} (${c}), so cluster-robust intervals cannot be computed. They ignore correlation over time and are likely too narrow.`,
  fewClusters: (n, unit) =>
    `Intervals are clustered by ${unit} from only ${n} ${unit === 'conflict' ? 'conflicts' : 'countries'}: with fewer than about 20 clusters such intervals are unreliable and usually too narrow.`,
  study: STUDY_EN,
  downloads: {
    label: 'Download',
    prompt: 'Download:',
    csv: 'Data (CSV)',
    svg: 'Image (SVG)',
    png: 'Image (PNG)',
  },
  showTable: 'Show as table',
  hideTable: 'Show as chart',
  tableCaption: (t) => `Plotted values: ${t}`,
  loading: 'Loading the data and fitting the model…',
  retry: 'Try again',
  error: (m) => `The chart could not be drawn: ${m}`,
  empty: 'There are no data to show for this selection. Try other countries or a wider range.',
  invalid: (a, v, e, f) => `The ${a} setting “${v}” was not understood: ${e} Showing ${f} instead.`,
  expected: {
    view: 'use effect, trend, scenario or robustness.',
    unMax: 'use a number of UN troops between 1,000 and 100,000.',
    nonunLevels: 'use up to four troop numbers between 0 and 100,000, separated by commas.',
    ci: 'use a confidence level between 50 and 99.9 (e.g. 95 or 0.95).',
    lang: 'use en, fr, pt, es or ar.',
    theme: 'use light, dark or auto.',
    height: 'use a height in pixels between 200 and 1200.',
    dataset: (ids) => `use one of: ${ids}.`,
    countries: 'use country names or ISO3 codes separated by commas.',
    dataSrc: 'use an http(s) address of a CSV or JSON file.',
  },
  columns: {
    un_troops: 'UN troops',
    nonun_troops: 'Non-UN troops',
    fit: 'Predicted battle deaths per month',
    lower: 'Lower bound',
    upper: 'Upper bound',
    year: 'Year',
    share: 'Share of UN months with a partner',
    un_only: 'Months, UN only',
    both: 'Months, UN and non-UN',
    nonun_only: 'Months, non-UN only',
    scenario: 'Scenario',
    which: 'Comparison',
    rank: 'Rank',
    specification: 'Specification',
    ratio: 'Ratio with / without a partner',
    class: 'Direction',
    main: 'Main specification',
  },
};

export default en;
