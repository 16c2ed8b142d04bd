/** Spanish messages, loaded lazily (`dist/locales/es.js`). */
import type { Messages } from '../partnership-effect/i18n.js';

const es: Messages = {
  title: {
    effect: 'Muertes en combate y tropas de la ONU, con y sin un socio ajeno a la ONU',
    trend: 'Con qué frecuencia los cascos azules de la ONU se despliegan junto a una misión ajena a la ONU',
    scenario: 'Muertes en combate previstas en cuatro escenarios de despliegue',
    robustness: '¿Resiste la estimación de la asociación a otras decisiones de modelización razonables?',
  },
  effect: {
    xTitle: 'Soldados de la ONU desplegados',
    yTitle: 'Muertes en combate previstas por mes',
    series: (n) => `${n} soldados ajenos a la ONU`,
    noPartner: 'Sin socio ajeno a la ONU',
    point: (s, un, fit, lo, hi, level) =>
      `${s}, ${un} soldados de la ONU: ${fit} muertes en combate previstas por mes (intervalo del ${level}: ${lo} a ${hi})`,
    clipped: 'Los intervalos sobrepasan el gráfico',
    condition: (n, first) =>
      n === null
        ? `${first ? 'S' : 's'}in socio ajeno a la ONU`
        : `${first ? 'C' : 'c'}on ${n} soldados ajenos a la ONU`,
    reading: (parts) =>
      `${parts
        .map(
          (p, i) =>
            `${p.condition}, las muertes en combate previstas ${p.falls ? 'bajan' : 'suben'} de ${p.from} al mes ${i === 0 ? 'sin tropas de la ONU ' : ''}a ${p.to}${i === 0 ? ` con ${p.unMax} soldados de la ONU` : ''}`,
        )
        .join('; ')}.`,
    overlap: ({ partner, level, all, ranges }) =>
      all
        ? `Los intervalos del ${level} de la línea sin socio y de la línea ${partner} se solapan en todas las cifras de tropas de la ONU mostradas: los datos no permiten distinguirlas, así que no muestran que un socio cambie el efecto de las tropas de la ONU.`
        : ranges.length === 0
          ? `Los intervalos del ${level} de la línea sin socio y de la línea ${partner} no se solapan en ninguna cifra de tropas de la ONU mostrada.`
          : `Los intervalos del ${level} de la línea sin socio y de la línea ${partner} se solapan ${ranges.map((r) => (r.from === r.to ? `en ${r.from}` : `de ${r.from} a ${r.to}`)).join(' y ')} tropas de la ONU, donde los datos no permiten distinguirlas.`,
    description: (level, unMax, series) =>
      `Gráfico de líneas con bandas de confianza del ${level}: muertes en combate previstas por mes para 0 a ${unMax} soldados de la ONU, una línea para ${series.join(' y ')}.`,
  },
  trend: {
    shareTitle: 'Proporción de meses de despliegue de la ONU con un socio ajeno a la ONU',
    monthsTitle: 'Meses con despliegue, por tipo',
    unOnly: 'Solo ONU',
    nonunOnly: 'Solo ajena a la ONU',
    both: 'ONU y ajena a la ONU',
    shareLegend: 'Proporción con socio',
    year: (y, share, u, n, b) =>
      `${y}: ${share === null ? 'ningún mes de despliegue de la ONU' : `el ${share} de los meses de despliegue de la ONU tuvo un socio ajeno a la ONU`}; meses solo ONU ${u}, ONU y ajena a la ONU ${b}, solo ajena a la ONU ${n}`,
    reading: (first, last, overall, peakYear, peak, reference) =>
      overall === null
        ? `No hubo meses de despliegue de la ONU entre ${first} y ${last}.`
        : `De ${first} a ${last}, el ${overall} de los meses de despliegue de la ONU tuvo un socio ajeno a la ONU desplegado al mismo tiempo${peakYear ? `, con mayor frecuencia en ${peakYear} (${peak})` : ''}${reference ? `; el estudio indica alrededor del ${reference} con sus datos` : ''}.`,
    description: (first, last) =>
      `Dos paneles de ${first} a ${last}: una línea con la proporción anual de meses de despliegue de la ONU con un socio ajeno a la ONU y barras apiladas de los meses de despliegue por tipo.`,
  },
  scenario: {
    label: (key, un, nonun) =>
      key === 'none'
        ? 'Sin fuerzas de paz'
        : key === 'un'
          ? `Solo ${un} soldados de la ONU`
          : key === 'nonun'
            ? `Solo ${nonun} soldados ajenos a la ONU`
            : `${un} soldados de la ONU y ${nonun} ajenos a la ONU`,
    deathsTitle: (level) => `Muertes en combate previstas por mes (intervalo del ${level})`,
    troopsTitle: 'Soldados de la ONU necesarios para la misma reducción',
    alone: (un) => `Sin socio (reducción lograda solo por ${un} soldados de la ONU)`,
    withPartner: (nonun) => `Con ${nonun} soldados ajenos a la ONU al lado`,
    notReached: 'no se alcanza en el rango',
    noReduction:
      'En este modelo, las tropas de la ONU por sí solas no reducen las muertes en combate previstas con este tamaño, así que no hay reducción que igualar.',
    estimate: (s, fit, lo, hi, level) =>
      `${s}: ${fit} muertes en combate previstas por mes (intervalo del ${level}: ${lo} a ${hi})`,
    troops: (which, t) =>
      `${which}: ${t === null ? 'la reducción no se alcanza en el rango mostrado' : `${t} soldados de la ONU`}`,
    reading: (o) =>
      `Muertes en combate previstas por mes: ${o.none} sin fuerzas de paz, ${o.un} solo con tropas de la ONU, ${o.nonun} solo con tropas ajenas a la ONU y ${o.both} con ambas${o.withPartner === null ? '.' : `; con el socio, ${o.withPartner} soldados de la ONU logran lo que ${o.unTroops} logran solos.`}`,
    description:
      'Gráfico de puntos e intervalos de las muertes en combate previstas por mes en cuatro escenarios, y barras de los soldados de la ONU necesarios para la misma reducción con y sin un socio ajeno a la ONU.',
  },
  robustness: {
    yTitle: 'Muertes en combate con / sin un socio no ONU típico (razón, escala log)',
    xTitle: 'Especificaciones, ordenadas por estimación',
    main: 'Especificación principal',
    classes: {
      'sign-significant': 'Menos muertes, significativo',
      sign: 'Menos muertes',
      opposite: 'Más muertes',
      'opposite-significant': 'Más muertes, significativo',
    },
    point: (o) =>
      `Especificación ${o.rank} de ${o.total}${o.main ? ' (especificación principal)' : ''}: razón ${o.ratio} (intervalo del ${o.level} de ${o.lower} a ${o.upper}), ${o.cls.toLowerCase()}. ${o.choices}`,
    reading: (o) =>
      `En ${o.below} de ${o.total} especificaciones, las muertes en combate previstas son menores con un socio no ONU típico que sin él; ${o.significant} de ellas son significativas al ${o.alpha}${o.main ? `. La especificación principal da una razón de ${o.main}` : ''}${o.missing ? ` (${o.missing} especificaciones sin estimación)` : ''}.`,
    description: (total) =>
      `Curva de especificaciones: para cada una de las ${total} especificaciones del modelo, la razón entre las muertes en combate previstas con y sin un socio no ONU típico, con su intervalo, ordenada de menor a mayor, coloreada por dirección y significación; la especificación principal está marcada.`,
    choices: {
      unit: 'Unidad',
      sample: 'Muestra',
      nonun: 'Medida no ONU',
      pastViolence: 'Violencia pasada',
      controls: 'Controles',
      fixedEffects: 'Efectos fijos',
      inference: 'Inferencia',
      model: 'Modelo',
    },
    options: {
      'country-month': 'país-mes',
      'conflict-month': 'conflicto-mes',
      all: 'todos los meses',
      active: 'meses de conflicto activo',
      '1993-2018': 'solo 1993–2018',
      strict: 'estricta',
      filled: 'completada',
      present: 'presencia (0/1)',
      'org-type': 'por organización',
      'log1p-lag1': 'log muertes t−1',
      'level-lag1': 'muertes t−1',
      'log1p-mean3': 'log media, 3 meses',
      none: 'ninguno',
      'police-observers': 'policía + observadores',
      'police-observers-duration': '+ duración',
      unit: 'unidad',
      'unit-year': 'unidad + año',
      cr1: 'robusto por clústeres',
      'wild-score': 'bootstrap salvaje',
      nb2: 'binomial negativa',
      poisson: 'Poisson',
    },
    source: (total, datasets) =>
      `${total} especificaciones del modelo de asociación estimadas por peacepanel en ${datasets} (UCDP, ViEWS, Kathman y una tabla de misiones no ONU compilada a mano)`,
    method:
      'Cada estimación es la razón entre las muertes en combate mensuales previstas con y sin un socio no ONU típico, con un despliegue típico de la ONU; curva de especificaciones según Simonsohn, Simmons & Nelson (2020), Nature Human Behaviour.',
  },
  source: (o) => `Datos: ${o.data}. ${o.caveat}`,
  sourceShort: (c) => `Datos: ${c}`,
  sources: 'Fuentes',
  fittedOn: (c) => `Países incluidos: solo ${c}.`,
  intervalsModelBased: (c, unit) =>
    `Intervalos basados en el modelo (binomial negativa), no agrupados por ${unit === 'conflict' ? 'conflicto' : 'país'} como en la especificación principal: los datos contienen un solo ${unit === 'conflict' ? 'conflicto' : 'país'} (${c}), por lo que no se pueden calcular intervalos robustos por grupos. Ignoran la correlación en el tiempo y probablemente son demasiado estrechos.`,
  fewClusters: (n, unit) =>
    `Intervalos agrupados por ${unit === 'conflict' ? 'conflicto' : 'país'} con solo ${n} ${unit === 'conflict' ? 'conflictos' : 'países'}: con menos de unos 20 grupos, estos intervalos son poco fiables y suelen ser demasiado estrechos.`,
  study:
    'Estudio: Schumann & Bara, «A New Era: Power in Partnership Peacekeeping», International Studies Quarterly (2023). Modelo reestimado por peacepanel.',
  downloads: {
    label: 'Descargar',
    prompt: 'Descargar:',
    csv: 'Datos (CSV)',
    svg: 'Imagen (SVG)',
    png: 'Imagen (PNG)',
  },
  showTable: 'Mostrar como tabla',
  hideTable: 'Mostrar como gráfico',
  tableCaption: (t) => `Valores representados: ${t}`,
  loading: 'Cargando los datos y estimando el modelo…',
  retry: 'Reintentar',
  error: (m) => `No se pudo dibujar el gráfico: ${m}`,
  empty: 'No hay datos que mostrar para esta selección. Pruebe otros países o un rango más amplio.',
  invalid: (a, v, e, f) => `No se entendió el ajuste ${a} «${v}»: ${e} Se muestra ${f} en su lugar.`,
  expected: {
    view: 'use effect, trend, scenario o robustness.',
    unMax: 'use un número de soldados de la ONU entre 1000 y 100 000.',
    nonunLevels: 'use hasta cuatro números de soldados entre 0 y 100 000, separados por comas.',
    ci: 'use un nivel de confianza entre 50 y 99,9 (p. ej., 95 o 0.95).',
    lang: 'use en, fr, pt, es o ar.',
    theme: 'use light, dark o auto.',
    height: 'use una altura en píxeles entre 200 y 1200.',
    dataset: (ids) => `use uno de: ${ids}.`,
    countries: 'use nombres de países o códigos ISO3 separados por comas.',
    dataSrc: 'use una dirección http(s) de un archivo CSV o JSON.',
  },
  columns: {
    un_troops: 'Soldados de la ONU',
    nonun_troops: 'Soldados ajenos a la ONU',
    fit: 'Muertes en combate previstas por mes',
    lower: 'Límite inferior',
    upper: 'Límite superior',
    year: 'Año',
    share: 'Proporción de meses ONU con socio',
    un_only: 'Meses, solo ONU',
    both: 'Meses, ONU y ajena a la ONU',
    nonun_only: 'Meses, solo ajena a la ONU',
    scenario: 'Escenario',
    which: 'Comparación',
    rank: 'Posición',
    specification: 'Especificación',
    ratio: 'Razón con / sin socio',
    class: 'Dirección',
    main: 'Especificación principal',
  },
};

export default es;
