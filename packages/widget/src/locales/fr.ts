/** French messages, loaded lazily (`dist/locales/fr.js`). */
import type { Messages } from '../partnership-effect/i18n.js';

const fr: Messages = {
  title: {
    effect: 'Morts au combat et casques bleus, avec et sans partenaire non onusien',
    trend: 'Fréquence des déploiements de l’ONU aux côtés d’une mission non onusienne',
    scenario: 'Morts au combat prédits selon quatre scénarios de déploiement',
    robustness: 'L’estimation du partenariat résiste-t-elle à d’autres choix de modélisation raisonnables ?',
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
  robustness: {
    yTitle: 'Morts au combat avec / sans partenaire non onusien typique (rapport, échelle log)',
    xTitle: 'Spécifications, triées par estimation',
    main: 'Spécification principale',
    classes: {
      'sign-significant': 'Moins de morts, significatif',
      sign: 'Moins de morts',
      opposite: 'Plus de morts',
      'opposite-significant': 'Plus de morts, significatif',
    },
    point: (o) =>
      `Spécification ${o.rank} sur ${o.total}${o.main ? ' (spécification principale)' : ''} : rapport ${o.ratio} (intervalle à ${o.level} de ${o.lower} à ${o.upper}), ${o.cls.toLowerCase()}. ${o.choices}`,
    reading: (o) =>
      `Dans ${o.below} spécifications sur ${o.total}, les morts au combat prédits sont moins nombreux avec un partenaire non onusien typique que sans ; ${o.significant} d’entre elles sont significatives au seuil de ${o.alpha}${o.main ? `. La spécification principale donne un rapport de ${o.main}` : ''}${o.missing ? ` (${o.missing} spécifications sans estimation)` : ''}.`,
    description: (total) =>
      `Courbe de spécifications : pour chacune des ${total} spécifications du modèle, le rapport des morts au combat prédits avec et sans partenaire non onusien typique, avec son intervalle, trié du plus bas au plus haut, coloré selon le sens et la significativité ; la spécification principale est marquée.`,
    choices: {
      unit: 'Unité',
      sample: 'Échantillon',
      nonun: 'Mesure non onusienne',
      pastViolence: 'Violence passée',
      controls: 'Contrôles',
      fixedEffects: 'Effets fixes',
      inference: 'Inférence',
      model: 'Modèle',
    },
    options: {
      'country-month': 'pays-mois',
      'conflict-month': 'conflit-mois',
      all: 'tous les mois',
      active: 'mois de conflit actif',
      '1993-2018': '1993–2018 seulement',
      strict: 'stricte',
      filled: 'complétée',
      present: 'présence (0/1)',
      'org-type': 'par organisation',
      'log1p-lag1': 'log morts t−1',
      'level-lag1': 'morts t−1',
      'log1p-mean3': 'log moyenne, 3 mois',
      none: 'aucun',
      'police-observers': 'police + observateurs',
      'police-observers-duration': '+ durée',
      unit: 'unité',
      'unit-year': 'unité + année',
      cr1: 'robuste par grappes',
      'wild-score': 'bootstrap sauvage',
      nb2: 'binomiale négative',
      poisson: 'Poisson',
    },
    source: (total, datasets) =>
      `${total} spécifications du modèle de partenariat estimées par peacepanel sur ${datasets} (UCDP, ViEWS, Kathman et une table des missions non onusiennes compilée à la main)`,
    method:
      'Chaque estimation est le rapport des morts au combat mensuels prédits avec et sans partenaire non onusien typique, pour un déploiement onusien typique ; courbe de spécifications d’après Simonsohn, Simmons & Nelson (2020), Nature Human Behaviour.',
  },
  source: (o) => `Données : ${o.data}. ${o.caveat}`,
  sourceShort: (c) => `Données : ${c}`,
  sources: 'Sources',
  fittedOn: (c) => `Pays inclus : ${c} uniquement.`,
  intervalsModelBased: (c, unit) =>
    `Intervalles fondés sur le modèle (binomial négatif), non groupés par ${unit === 'conflict' ? 'conflit' : 'pays'} comme dans la spécification principale : les données ne comptent qu’un ${unit === 'conflict' ? 'conflit' : 'pays'} (${c}), si bien que des intervalles robustes par grappes sont impossibles. Ils ignorent la corrélation dans le temps et sont sans doute trop étroits.`,
  fewClusters: (n, unit) =>
    `Intervalles groupés par ${unit === 'conflict' ? 'conflit' : 'pays'} sur ${n} ${unit === 'conflict' ? 'conflits' : 'pays'} seulement : avec moins d’environ 20 grappes, de tels intervalles sont peu fiables et souvent trop étroits.`,
  study:
    'Étude : Schumann & Bara, « A New Era: Power in Partnership Peacekeeping », International Studies Quarterly (2023). Modèle ré-estimé par peacepanel.',
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
    view: 'utilisez effect, trend, scenario ou robustness.',
    unMax: 'utilisez un nombre de soldats de l’ONU entre 1 000 et 100 000.',
    nonunLevels: 'utilisez jusqu’à quatre nombres de soldats entre 0 et 100 000, séparés par des virgules.',
    ci: 'utilisez un niveau de confiance entre 50 et 99,9 (p. ex. 95 ou 0.95).',
    lang: 'utilisez en, fr, pt, es ou ar.',
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
    rank: 'Rang',
    specification: 'Spécification',
    ratio: 'Rapport avec / sans partenaire',
    class: 'Sens',
    main: 'Spécification principale',
  },
};

export default fr;
