/** Portuguese messages (Brazilian usage, as `Intl` formats `pt`), loaded lazily (`dist/locales/pt.js`). */
import type { Messages } from '../partnership-effect/i18n.js';

const pt: Messages = {
  title: {
    effect: 'Mortes em combate e tropas da ONU, com e sem parceiro externo à ONU',
    trend: 'Com que frequência as forças de paz da ONU atuam ao lado de uma missão externa à ONU',
    scenario: 'Mortes em combate previstas em quatro cenários de mobilização',
    robustness: 'A estimativa da parceria resiste a outras escolhas razoáveis de modelagem?',
  },
  effect: {
    xTitle: 'Militares da ONU mobilizados',
    yTitle: 'Mortes em combate previstas por mês',
    series: (n) => `${n} militares externos à ONU`,
    noPartner: 'Sem parceiro externo à ONU',
    point: (s, un, fit, lo, hi, level) =>
      `${s}, ${un} militares da ONU: ${fit} mortes em combate previstas por mês (intervalo de ${level}: ${lo} a ${hi})`,
    clipped: 'Os intervalos ultrapassam o gráfico',
    condition: (n, first) =>
      n === null
        ? `${first ? 'S' : 's'}em parceiro externo à ONU`
        : `${first ? 'C' : 'c'}om ${n} militares externos à ONU`,
    reading: (parts) =>
      `${parts
        .map(
          (p, i) =>
            `${p.condition}, as mortes em combate previstas ${p.falls ? 'caem' : 'sobem'} de ${p.from} por mês ${i === 0 ? 'sem tropas da ONU ' : ''}para ${p.to}${i === 0 ? ` com ${p.unMax} militares da ONU` : ''}`,
        )
        .join('; ')}.`,
    overlap: ({ partner, level, all, ranges }) =>
      all
        ? `Os intervalos de ${level} da linha sem parceiro e da linha ${partner} sobrepõem-se em todos os números de tropas da ONU mostrados: os dados não permitem distingui-las, logo não mostram que um parceiro muda o efeito das tropas da ONU.`
        : ranges.length === 0
          ? `Os intervalos de ${level} da linha sem parceiro e da linha ${partner} não se sobrepõem em nenhum número de tropas da ONU mostrado.`
          : `Os intervalos de ${level} da linha sem parceiro e da linha ${partner} sobrepõem-se ${ranges.map((r) => (r.from === r.to ? `em ${r.from}` : `de ${r.from} a ${r.to}`)).join(' e ')} tropas da ONU, onde os dados não permitem distingui-las.`,
    description: (level, unMax, series) =>
      `Gráfico de linhas com faixas de confiança de ${level}: mortes em combate previstas por mês para 0 a ${unMax} militares da ONU, uma linha para ${series.join(' e ')}.`,
  },
  trend: {
    shareTitle: 'Parcela dos meses de mobilização da ONU com um parceiro externo à ONU',
    monthsTitle: 'Meses com mobilização, por tipo',
    unOnly: 'Só ONU',
    nonunOnly: 'Só externa à ONU',
    both: 'ONU e externa à ONU',
    shareLegend: 'Parcela com parceiro',
    year: (y, share, u, n, b) =>
      `${y}: ${share === null ? 'nenhum mês de mobilização da ONU' : `${share} dos meses de mobilização da ONU tiveram um parceiro externo à ONU`}; meses só ONU ${u}, ONU e externa à ONU ${b}, só externa à ONU ${n}`,
    reading: (first, last, overall, peakYear, peak, reference) =>
      overall === null
        ? `Não houve meses de mobilização da ONU entre ${first} e ${last}.`
        : `De ${first} a ${last}, ${overall} dos meses de mobilização da ONU tiveram um parceiro externo à ONU mobilizado ao mesmo tempo${peakYear ? `, com maior frequência em ${peakYear} (${peak})` : ''}${reference ? `; o estudo indica cerca de ${reference} com os seus dados` : ''}.`,
    description: (first, last) =>
      `Dois painéis de ${first} a ${last}: uma linha com a parcela anual dos meses de mobilização da ONU com um parceiro externo à ONU e barras empilhadas dos meses de mobilização por tipo.`,
  },
  scenario: {
    label: (key, un, nonun) =>
      key === 'none'
        ? 'Sem forças de paz'
        : key === 'un'
          ? `Só ${un} militares da ONU`
          : key === 'nonun'
            ? `Só ${nonun} militares externos à ONU`
            : `${un} militares da ONU e ${nonun} externos à ONU`,
    deathsTitle: (level) => `Mortes em combate previstas por mês (intervalo de ${level})`,
    troopsTitle: 'Militares da ONU necessários para a mesma redução',
    alone: (un) => `Sem parceiro (redução obtida só por ${un} militares da ONU)`,
    withPartner: (nonun) => `Com ${nonun} militares externos à ONU ao lado`,
    notReached: 'não atingida no intervalo',
    noReduction:
      'Neste modelo, as tropas da ONU sozinhas não reduzem as mortes em combate previstas com este efetivo, por isso não há redução a igualar.',
    estimate: (s, fit, lo, hi, level) =>
      `${s}: ${fit} mortes em combate previstas por mês (intervalo de ${level}: ${lo} a ${hi})`,
    troops: (which, t) =>
      `${which}: ${t === null ? 'a redução não é atingida no intervalo mostrado' : `${t} militares da ONU`}`,
    reading: (o) =>
      `Mortes em combate previstas por mês: ${o.none} sem forças de paz, ${o.un} só com tropas da ONU, ${o.nonun} só com tropas externas à ONU e ${o.both} com ambas${o.withPartner === null ? '.' : `; com o parceiro, ${o.withPartner} militares da ONU conseguem o que ${o.unTroops} conseguem sozinhos.`}`,
    description:
      'Gráfico de pontos e intervalos das mortes em combate previstas por mês em quatro cenários, e barras dos militares da ONU necessários para a mesma redução com e sem parceiro externo à ONU.',
  },
  robustness: {
    yTitle: 'Mortes em combate com / sem um parceiro não ONU típico (razão, escala log)',
    xTitle: 'Especificações, ordenadas pela estimativa',
    main: 'Especificação principal',
    classes: {
      'sign-significant': 'Menos mortes, significativo',
      sign: 'Menos mortes',
      opposite: 'Mais mortes',
      'opposite-significant': 'Mais mortes, significativo',
    },
    point: (o) =>
      `Especificação ${o.rank} de ${o.total}${o.main ? ' (especificação principal)' : ''}: razão ${o.ratio} (intervalo de ${o.level} de ${o.lower} a ${o.upper}), ${o.cls.toLowerCase()}. ${o.choices}`,
    reading: (o) =>
      `Em ${o.below} de ${o.total} especificações, as mortes em combate previstas são menores com um parceiro não ONU típico do que sem ele; ${o.significant} delas são significativas a ${o.alpha}${o.main ? `. A especificação principal dá uma razão de ${o.main}` : ''}${o.missing ? ` (${o.missing} especificações sem estimativa)` : ''}.`,
    description: (total) =>
      `Curva de especificações: para cada uma das ${total} especificações do modelo, a razão entre as mortes em combate previstas com e sem um parceiro não ONU típico, com o seu intervalo, ordenada da menor para a maior, colorida por direção e significância; a especificação principal está marcada.`,
    choices: {
      unit: 'Unidade',
      sample: 'Amostra',
      nonun: 'Medida não ONU',
      pastViolence: 'Violência passada',
      controls: 'Controles',
      fixedEffects: 'Efeitos fixos',
      inference: 'Inferência',
      model: 'Modelo',
    },
    options: {
      'country-month': 'país-mês',
      'conflict-month': 'conflito-mês',
      all: 'todos os meses',
      active: 'meses de conflito ativo',
      '1993-2018': 'só 1993–2018',
      strict: 'estrita',
      filled: 'preenchida',
      present: 'presença (0/1)',
      'org-type': 'por organização',
      'log1p-lag1': 'log mortes t−1',
      'level-lag1': 'mortes t−1',
      'log1p-mean3': 'log média, 3 meses',
      none: 'nenhum',
      'police-observers': 'polícia + observadores',
      'police-observers-duration': '+ duração',
      unit: 'unidade',
      'unit-year': 'unidade + ano',
      cr1: 'robusto por clusters',
      'wild-score': 'bootstrap selvagem',
      nb2: 'binomial negativa',
      poisson: 'Poisson',
    },
    source: (total, datasets) =>
      `${total} especificações do modelo de parceria estimadas pelo peacepanel em ${datasets} (UCDP, ViEWS, Kathman e uma tabela de missões não ONU compilada à mão)`,
    method:
      'Cada estimativa é a razão entre as mortes em combate mensais previstas com e sem um parceiro não ONU típico, numa mobilização típica da ONU; curva de especificações segundo Simonsohn, Simmons & Nelson (2020), Nature Human Behaviour.',
  },
  source: (o) => `Dados: ${o.data}. ${o.caveat}`,
  sourceShort: (c) => `Dados: ${c}`,
  sources: 'Fontes',
  fittedOn: (c) => `Países incluídos: apenas ${c}.`,
  intervalsModelBased: (c, unit) =>
    `Intervalos baseados no modelo (binomial negativa), não agrupados por ${unit === 'conflict' ? 'conflito' : 'país'} como na especificação principal: os dados têm um só ${unit === 'conflict' ? 'conflito' : 'país'} (${c}), pelo que não é possível calcular intervalos robustos por grupos. Ignoram a correlação ao longo do tempo e são provavelmente estreitos demais.`,
  fewClusters: (n, unit) =>
    `Intervalos agrupados por ${unit === 'conflict' ? 'conflito' : 'país'} com apenas ${n} ${unit === 'conflict' ? 'conflitos' : 'países'}: com menos de cerca de 20 grupos, estes intervalos são pouco fiáveis e normalmente estreitos demais.`,
  study:
    'Estudo: Schumann & Bara, “A New Era: Power in Partnership Peacekeeping”, International Studies Quarterly (2023). Modelo reestimado pelo peacepanel.',
  downloads: {
    label: 'Baixar',
    prompt: 'Baixar:',
    csv: 'Dados (CSV)',
    svg: 'Imagem (SVG)',
    png: 'Imagem (PNG)',
  },
  showTable: 'Mostrar como tabela',
  hideTable: 'Mostrar como gráfico',
  tableCaption: (t) => `Valores representados: ${t}`,
  loading: 'Carregando os dados e estimando o modelo…',
  retry: 'Tentar novamente',
  error: (m) => `Não foi possível desenhar o gráfico: ${m}`,
  empty: 'Não há dados para mostrar nesta seleção. Experimente outros países ou um intervalo maior.',
  invalid: (a, v, e, f) => `A configuração ${a} “${v}” não foi entendida: ${e} Mostrando ${f} em vez disso.`,
  expected: {
    view: 'use effect, trend, scenario ou robustness.',
    unMax: 'use um número de militares da ONU entre 1.000 e 100.000.',
    nonunLevels: 'use até quatro números de militares entre 0 e 100.000, separados por vírgulas.',
    ci: 'use um nível de confiança entre 50 e 99,9 (p. ex. 95 ou 0.95).',
    lang: 'use en, fr, pt, es ou ar.',
    theme: 'use light, dark ou auto.',
    height: 'use uma altura em pixels entre 200 e 1200.',
    dataset: (ids) => `use um de: ${ids}.`,
    countries: 'use nomes de países ou códigos ISO3 separados por vírgulas.',
    dataSrc: 'use um endereço http(s) de um arquivo CSV ou JSON.',
  },
  columns: {
    un_troops: 'Militares da ONU',
    nonun_troops: 'Militares externos à ONU',
    fit: 'Mortes em combate previstas por mês',
    lower: 'Limite inferior',
    upper: 'Limite superior',
    year: 'Ano',
    share: 'Parcela dos meses da ONU com parceiro',
    un_only: 'Meses, só ONU',
    both: 'Meses, ONU e externa à ONU',
    nonun_only: 'Meses, só externa à ONU',
    scenario: 'Cenário',
    which: 'Comparação',
    rank: 'Posição',
    specification: 'Especificação',
    ratio: 'Razão com / sem parceiro',
    class: 'Direção',
    main: 'Especificação principal',
  },
};

export default pt;
