import type { ScenarioKey } from '../render/chart-types.js';

/** Languages the widget ships. */
export const LANGS = ['en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

/** Number formatters for one language (all through `Intl.NumberFormat`). */
export interface Formats {
  troops(n: number): string;
  deaths(n: number): string;
  share(s: number): string;
  count(n: number): string;
  year(y: number): string;
  /** A confidence level as a percentage, e.g. "95 %" in French. */
  level(ci: number): string;
}

/**
 * Formatters for `lang`. Deaths keep two significant digits below 10 and whole numbers above, so
 * tick labels stay short; troops are whole numbers with grouping.
 * @example createFormats('fr').troops(20000) // '20 000' (narrow no-break space)
 */
export function createFormats(lang: Lang): Formats {
  const whole = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
  const small = new Intl.NumberFormat(lang, { maximumSignificantDigits: 2 });
  const pct = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
  const plain = new Intl.NumberFormat(lang, { useGrouping: false, maximumFractionDigits: 0 });
  return {
    troops: (n) => whole.format(Math.round(n)),
    deaths: (n) => (Math.abs(n) < 10 && n !== 0 ? small.format(n) : whole.format(n)),
    share: (s) => pct.format(s),
    count: (n) => whole.format(n),
    year: (y) => plain.format(y),
    level: (ci) => pct.format(ci),
  };
}

/** Every user-visible string of the widget. */
export interface Messages {
  title: Record<'effect' | 'trend' | 'scenario', string>;
  effect: {
    xTitle: string;
    yTitle: string;
    series(nonun: string): string;
    noPartner: string;
    point(series: string, un: string, fit: string, lo: string, hi: string, level: string): string;
    clipped: string;
    /** "With no non-UN partner" / "with 5,000 non-UN troops" (lower case after the first part). */
    condition(nonun: string | null, first: boolean): string;
    reading(parts: { condition: string; from: string; to: string; unMax: string; falls: boolean }[]): string;
    /**
     * Where a partnered line's interval overlaps the no-partner line's: `all` at every UN number shown,
     * `none` nowhere, else the ranges (formatted troop numbers).
     */
    overlap(o: {
      partner: string;
      level: string;
      all: boolean;
      ranges: { from: string; to: string }[];
    }): string;
    description(level: string, unMax: string, series: string[]): string;
  };
  trend: {
    shareTitle: string;
    monthsTitle: string;
    unOnly: string;
    nonunOnly: string;
    both: string;
    shareLegend: string;
    year(year: string, share: string | null, unOnly: string, nonunOnly: string, both: string): string;
    reading(
      first: string,
      last: string,
      overall: string | null,
      peakYear: string | null,
      peak: string | null,
      reference: string | null,
    ): string;
    description(first: string, last: string): string;
  };
  scenario: {
    label(key: ScenarioKey, un: string, nonun: string): string;
    deathsTitle(level: string): string;
    troopsTitle: string;
    alone(un: string): string;
    withPartner(nonun: string): string;
    notReached: string;
    noReduction: string;
    estimate(scenario: string, fit: string, lo: string, hi: string, level: string): string;
    troops(which: string, troops: string | null): string;
    reading(o: {
      none: string;
      un: string;
      nonun: string;
      both: string;
      unTroops: string;
      withPartner: string | null;
    }): string;
    description: string;
  };
  source(o: { data: string; caveat: string }): string;
  /** The countries the data (and the model) were restricted to by `countries`. */
  fittedOn(countries: string): string;
  study: string;
  downloads: { label: string; prompt: string; csv: string; svg: string; png: string };
  showTable: string;
  hideTable: string;
  tableCaption(title: string): string;
  loading: string;
  retry: string;
  error(message: string): string;
  empty: string;
  invalid(attribute: string, value: string, expected: string, fallback: string): string;
  expected: {
    view: string;
    unMax: string;
    nonunLevels: string;
    ci: string;
    lang: string;
    theme: string;
    height: string;
    dataset(ids: string): string;
    countries: string;
    dataSrc: string;
  };
  columns: Record<string, string>;
}

const STUDY_EN =
  'Study: Schumann & Bara, “A New Era: Power in Partnership Peacekeeping”, International Studies Quarterly (2023). Model re-estimated by peacepanel.';
const STUDY_FR =
  'Étude : Schumann & Bara, « A New Era: Power in Partnership Peacekeeping », International Studies Quarterly (2023). Modèle ré-estimé par peacepanel.';

const en: Messages = {
  title: {
    effect: 'Battle deaths and UN troops, with and without a non-UN partner',
    trend: 'How often UN peacekeepers deploy alongside a non-UN mission',
    scenario: 'Predicted battle deaths under four deployment scenarios',
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
  source: (o) => `Data: ${o.data}. ${o.caveat}`,
  fittedOn: (c) => `Countries included: ${c} only.`,
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
    view: 'use effect, trend or scenario.',
    unMax: 'use a number of UN troops between 1,000 and 100,000.',
    nonunLevels: 'use up to four troop numbers between 0 and 100,000, separated by commas.',
    ci: 'use a confidence level between 50 and 99.9 (e.g. 95 or 0.95).',
    lang: 'use en or fr.',
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
  },
};

const fr: Messages = {
  title: {
    effect: 'Morts au combat et casques bleus, avec et sans partenaire non onusien',
    trend: 'Fréquence des déploiements de l’ONU aux côtés d’une mission non onusienne',
    scenario: 'Morts au combat prédits selon quatre scénarios de déploiement',
  },
  effect: {
    xTitle: 'Soldats de l’ONU déployés',
    yTitle: 'Morts au combat prédits par mois',
    series: (n) => `${n} soldats non onusiens`,
    noPartner: 'Sans partenaire non onusien',
    point: (s, un, fit, lo, hi, level) =>
      `${s}, ${un} soldats de l’ONU : ${fit} morts au combat prédits par mois (intervalle à ${level} : ${lo} à ${hi})`,
    clipped: 'Les intervalles dépassent le graphique',
    condition: (n, first) =>
      n === null
        ? `${first ? 'S' : 's'}ans partenaire non onusien`
        : `${first ? 'A' : 'a'}vec ${n} soldats non onusiens`,
    reading: (parts) =>
      `${parts
        .map(
          (p, i) =>
            `${p.condition}, les morts au combat prédits ${p.falls ? 'baissent' : 'augmentent'} de ${p.from} par mois ${i === 0 ? 'sans soldats de l’ONU ' : ''}à ${p.to}${i === 0 ? ` avec ${p.unMax} soldats de l’ONU` : ''}`,
        )
        .join(' ; ')}.`,
    overlap: ({ partner, level, all, ranges }) =>
      all
        ? `Les intervalles à ${level} de la ligne sans partenaire et de la ligne ${partner} se chevauchent pour tous les effectifs de l’ONU montrés : les données ne permettent pas de les distinguer ni de montrer qu’un partenaire change l’effet des soldats de l’ONU.`
        : ranges.length === 0
          ? `Les intervalles à ${level} de la ligne sans partenaire et de la ligne ${partner} ne se chevauchent pour aucun effectif de l’ONU montré.`
          : `Les intervalles à ${level} de la ligne sans partenaire et de la ligne ${partner} se chevauchent ${ranges.map((r) => (r.from === r.to ? `à ${r.from}` : `de ${r.from} à ${r.to}`)).join(' et ')} soldats de l’ONU, où les données ne permettent pas de les distinguer.`,
    description: (level, unMax, series) =>
      `Graphique linéaire avec bandes de confiance à ${level} : morts au combat prédits par mois pour 0 à ${unMax} soldats de l’ONU, une ligne pour ${series.join(' et ')}.`,
  },
  trend: {
    shareTitle: 'Part des mois de déploiement de l’ONU avec un partenaire non onusien',
    monthsTitle: 'Mois avec un déploiement, par type',
    unOnly: 'ONU seule',
    nonunOnly: 'Non-ONU seule',
    both: 'ONU et non-ONU',
    shareLegend: 'Part avec partenaire',
    year: (y, share, u, n, b) =>
      `${y} : ${share === null ? 'aucun mois de déploiement de l’ONU' : `${share} des mois de déploiement de l’ONU avec un partenaire non onusien`} ; mois ONU seule ${u}, ONU et non-ONU ${b}, non-ONU seule ${n}`,
    reading: (first, last, overall, peakYear, peak, reference) =>
      overall === null
        ? `Aucun mois de déploiement de l’ONU entre ${first} et ${last}.`
        : `De ${first} à ${last}, ${overall} des mois de déploiement de l’ONU ont eu un partenaire non onusien déployé en même temps${peakYear ? `, le plus souvent en ${peakYear} (${peak})` : ''}${reference ? ` ; l’étude indique environ ${reference} avec ses données` : ''}.`,
    description: (first, last) =>
      `Deux panneaux de ${first} à ${last} : une ligne de la part annuelle des mois de déploiement de l’ONU avec un partenaire non onusien, et des barres empilées des mois de déploiement par type.`,
  },
  scenario: {
    label: (key, un, nonun) =>
      key === 'none'
        ? 'Aucune force de paix'
        : key === 'un'
          ? `${un} soldats de l’ONU seuls`
          : key === 'nonun'
            ? `${nonun} soldats non onusiens seuls`
            : `${un} soldats de l’ONU et ${nonun} non onusiens`,
    deathsTitle: (level) => `Morts au combat prédits par mois (intervalle à ${level})`,
    troopsTitle: 'Soldats de l’ONU nécessaires pour la même réduction',
    alone: (un) => `Sans partenaire (réduction obtenue par ${un} soldats de l’ONU seuls)`,
    withPartner: (nonun) => `Avec ${nonun} soldats non onusiens aux côtés`,
    notReached: 'non atteint dans l’intervalle',
    noReduction:
      'Dans ce modèle, les soldats de l’ONU seuls ne réduisent pas les morts au combat prédits à ce niveau : il n’y a pas de réduction à égaler.',
    estimate: (s, fit, lo, hi, level) =>
      `${s} : ${fit} morts au combat prédits par mois (intervalle à ${level} : ${lo} à ${hi})`,
    troops: (which, t) =>
      `${which} : ${t === null ? 'la réduction n’est pas atteinte dans l’intervalle affiché' : `${t} soldats de l’ONU`}`,
    reading: (o) =>
      `Morts au combat prédits par mois : ${o.none} sans force de paix, ${o.un} avec l’ONU seule, ${o.nonun} avec une mission non onusienne seule et ${o.both} avec les deux${o.withPartner === null ? '.' : ` ; avec le partenaire, ${o.withPartner} soldats de l’ONU obtiennent ce que ${o.unTroops} obtiennent seuls.`}`,
    description:
      'Graphique points et intervalles des morts au combat prédits par mois pour quatre scénarios, et barres des soldats de l’ONU nécessaires pour la même réduction avec et sans partenaire non onusien.',
  },
  source: (o) => `Données : ${o.data}. ${o.caveat}`,
  fittedOn: (c) => `Pays inclus : ${c} uniquement.`,
  study: STUDY_FR,
  downloads: {
    label: 'Télécharger',
    prompt: 'Télécharger\u202f:',
    csv: 'Données (CSV)',
    svg: 'Image (SVG)',
    png: 'Image (PNG)',
  },
  showTable: 'Afficher le tableau',
  hideTable: 'Afficher le graphique',
  tableCaption: (t) => `Valeurs représentées : ${t}`,
  loading: 'Chargement des données et estimation du modèle…',
  retry: 'Réessayer',
  error: (m) => `Le graphique n’a pas pu être affiché : ${m}`,
  empty: 'Aucune donnée à afficher pour cette sélection. Essayez d’autres pays ou un intervalle plus large.',
  invalid: (a, v, e, f) => `Le réglage ${a} « ${v} » n’a pas été compris : ${e} Affichage avec ${f}.`,
  expected: {
    view: 'utilisez effect, trend ou scenario.',
    unMax: 'utilisez un nombre de soldats de l’ONU entre 1 000 et 100 000.',
    nonunLevels: 'utilisez jusqu’à quatre nombres de soldats entre 0 et 100 000, séparés par des virgules.',
    ci: 'utilisez un niveau de confiance entre 50 et 99,9 (p. ex. 95 ou 0.95).',
    lang: 'utilisez en ou fr.',
    theme: 'utilisez light, dark ou auto.',
    height: 'utilisez une hauteur en pixels entre 200 et 1200.',
    dataset: (ids) => `utilisez l’un de : ${ids}.`,
    countries: 'utilisez des noms de pays ou des codes ISO3 séparés par des virgules.',
    dataSrc: 'utilisez une adresse http(s) d’un fichier CSV ou JSON.',
  },
  columns: {
    un_troops: 'Soldats de l’ONU',
    nonun_troops: 'Soldats non onusiens',
    fit: 'Morts au combat prédits par mois',
    lower: 'Borne inférieure',
    upper: 'Borne supérieure',
    year: 'Année',
    share: 'Part des mois ONU avec partenaire',
    un_only: 'Mois, ONU seule',
    both: 'Mois, ONU et non-ONU',
    nonun_only: 'Mois, non-ONU seule',
    scenario: 'Scénario',
    which: 'Comparaison',
  },
};

/**
 * The messages for `lang`.
 * @example messagesFor('fr').retry // 'Réessayer'
 */
export function messagesFor(lang: Lang): Messages {
  return lang === 'fr' ? fr : en;
}
