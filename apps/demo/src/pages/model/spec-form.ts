import {
  COUNTRY_MONTH_SPEC,
  type ModelSpecInput,
  TWO_PART_MODELS,
  type TwoPartModelName,
  type TwoPartSpecInput,
} from '@peacepanel/core';

/** The count models of the form: NB2 and Poisson (compared side by side), then core's zero-inflated and hurdle models. */
export const FAMILIES = ['negbin', 'poisson', ...TWO_PART_MODELS] as const;
export const VCOVS = ['cluster', 'robust', 'model', 'oim'] as const;
export const FIXED_EFFECTS = ['none', 'country', 'year', 'country+year'] as const;
export const CONTROLS = {
  deathsLag: { term: 'log1p(battle_deaths_lag1)', label: 'Battle deaths last month (log 1 + x)' },
  duration: { term: 'conflict_duration', label: 'Conflict duration (months)' },
  police: { term: 'I(un_police / 1000)', label: 'UN police (thousands, same month)' },
} as const;
export type ControlKey = keyof typeof CONTROLS;

/** The model-builder form: every choice a visitor can make, as plain values that fit in a URL. */
export interface SpecForm {
  outcome: string;
  /** Lag of the troop terms in months (0–3); 1 uses the panel's `*_k_lag1` columns, as the study. */
  lag: number;
  un: boolean;
  nonun: boolean;
  interaction: boolean;
  controls: ControlKey[];
  fixedEffects: (typeof FIXED_EFFECTS)[number];
  family: (typeof FAMILIES)[number];
  vcov: (typeof VCOVS)[number];
  /** Cluster bootstrap replications (0 = none). */
  reps: number;
  /** Run the wild cluster score bootstrap (Kline & Santos 2012) instead of the pairs cluster bootstrap. */
  wild: boolean;
  /** Column of frequency weights, or undefined for none. */
  weights: string | undefined;
  /** Second cluster column for two-way clustering (Cameron, Gelbach & Miller 2011), or undefined. */
  cluster2: string | undefined;
  /** A formula typed by hand; overrides the choices above when set. */
  custom: string | undefined;
}

/**
 * The form that reproduces `COUNTRY_MONTH_SPEC` exactly: the Model page fits the bundled country-month panel
 * (`africa-cm`); the declared main specification (conflict-months) is what the Overview chart and the report show.
 */
export const DEFAULT_FORM: SpecForm = {
  outcome: 'battle_deaths',
  lag: 1,
  un: true,
  nonun: true,
  interaction: true,
  controls: ['deathsLag', 'duration'],
  fixedEffects: 'none',
  family: 'negbin',
  vcov: 'cluster',
  reps: 0,
  wild: false,
  weights: undefined,
  cluster2: undefined,
  custom: undefined,
};

/**
 * True when the form asks for a zero-inflated or hurdle model (fitted on its own, not in the side-by-side table).
 * @example isTwoPart({ ...DEFAULT_FORM, family: 'zinb' }) // true
 */
export function isTwoPart(f: SpecForm): f is SpecForm & { family: TwoPartModelName } {
  return f.family !== 'negbin' && f.family !== 'poisson';
}

function troopTerm(base: 'un_troops' | 'nonun_troops', lag: number): string {
  if (lag === 1) return `${base}_k_lag1`;
  if (lag === 0) return `I(${base} / 1000)`;
  return `I(lag(${base}, ${lag}) / 1000)`;
}

/**
 * The R-style formula of a form (`outcome ~ terms | fixed effects`).
 * @example formulaOf(DEFAULT_FORM) === COUNTRY_MONTH_SPEC.formula // => true
 */
export function formulaOf(f: SpecForm): string {
  if (f.custom?.trim()) return f.custom.trim();
  const un = troopTerm('un_troops', f.lag);
  const nonun = troopTerm('nonun_troops', f.lag);
  const terms: string[] = [];
  if (f.un && f.nonun && f.interaction) terms.push(`${un} * ${nonun}`);
  else {
    if (f.un) terms.push(un);
    if (f.nonun) terms.push(nonun);
  }
  for (const c of f.controls) terms.push(CONTROLS[c].term);
  const rhs = terms.length ? terms.join(' + ') : '1';
  // In a two-part formula `|` starts the zero part, so fixed effects are not written there.
  const fe = f.fixedEffects === 'none' || isTwoPart(f) ? '' : ` | ${f.fixedEffects.replace('+', ' + ')}`;
  return `${f.outcome} ~ ${rhs}${fe}`;
}

/**
 * The model specification of a form, on top of the study's defaults (unit, time, cluster column).
 * @example specOf(DEFAULT_FORM) // equals COUNTRY_MONTH_SPEC
 */
export function specOf(f: SpecForm): ModelSpecInput {
  const spec: ModelSpecInput = {
    ...COUNTRY_MONTH_SPEC,
    formula: formulaOf(f),
    family: f.family === 'poisson' ? 'poisson' : 'negbin',
    vcov: f.vcov,
  };
  if (f.vcov !== 'cluster') delete spec.cluster;
  if (f.vcov === 'cluster' && f.cluster2) spec.cluster2 = f.cluster2;
  if (f.weights) spec.weights = f.weights;
  return spec;
}

/**
 * The zero-inflated or hurdle model of a form (pscl's `y ~ count | zero`; without `|` the zero part uses
 * the count terms). Standard errors: clustered (one or two columns), robust, or model-based.
 * @example twoPartSpecOf({ ...DEFAULT_FORM, family: 'zinb' }).cluster // ['country']
 */
export function twoPartSpecOf(f: SpecForm & { family: TwoPartModelName }): TwoPartSpecInput {
  const vcov = f.vcov === 'cluster' ? 'cluster' : f.vcov === 'robust' ? 'robust' : 'model';
  return {
    formula: formulaOf(f),
    model: f.family,
    vcov,
    unit: COUNTRY_MONTH_SPEC.unit,
    time: COUNTRY_MONTH_SPEC.time,
    ...(vcov === 'cluster'
      ? { cluster: [COUNTRY_MONTH_SPEC.cluster ?? 'country', ...(f.cluster2 ? [f.cluster2] : [])] }
      : {}),
  };
}

const int = (v: string | undefined, lo: number, hi: number, dflt: number): number => {
  const n = Number(v);
  return v !== undefined && Number.isInteger(n) && n >= lo && n <= hi ? n : dflt;
};
const bool = (v: string | undefined, dflt: boolean): boolean => (v === '1' ? true : v === '0' ? false : dflt);
function oneOf<T extends string>(v: string | undefined, options: readonly T[], dflt: T): T {
  return v !== undefined && (options as readonly string[]).includes(v) ? (v as T) : dflt;
}

/**
 * Reads a form from URL parameters; anything absent or invalid takes the default.
 * @example formFromParams({ family: 'poisson', lag: '2' }).family // => 'poisson'
 */
export function formFromParams(p: Record<string, string>): SpecForm {
  const controls =
    p.ctrl === undefined
      ? DEFAULT_FORM.controls
      : (p.ctrl.split(',').filter((c): c is ControlKey => c in CONTROLS) as ControlKey[]);
  return {
    outcome: p.outcome ?? DEFAULT_FORM.outcome,
    lag: int(p.lag, 0, 3, DEFAULT_FORM.lag),
    un: bool(p.un, DEFAULT_FORM.un),
    nonun: bool(p.nonun, DEFAULT_FORM.nonun),
    interaction: bool(p.ix, DEFAULT_FORM.interaction),
    controls,
    fixedEffects: oneOf(p.fe, FIXED_EFFECTS, DEFAULT_FORM.fixedEffects),
    family: oneOf(p.family, FAMILIES, DEFAULT_FORM.family),
    vcov: oneOf(p.vcov, VCOVS, DEFAULT_FORM.vcov),
    reps: int(p.reps, 0, 9999, DEFAULT_FORM.reps),
    wild: bool(p.wild, DEFAULT_FORM.wild),
    weights: p.w || undefined,
    cluster2: p.cl2 || undefined,
    custom: p.formula || undefined,
  };
}

/**
 * URL parameters of a form; defaults are left out so links stay short (`undefined` clears a parameter).
 * @example formToParams({ ...DEFAULT_FORM, family: 'poisson' }) // { family: 'poisson', outcome: undefined, … }
 */
export function formToParams(f: SpecForm): Record<string, string | undefined> {
  const d = DEFAULT_FORM;
  const b = (v: boolean) => (v ? '1' : '0');
  return {
    outcome: f.outcome !== d.outcome ? f.outcome : undefined,
    lag: f.lag !== d.lag ? String(f.lag) : undefined,
    un: f.un !== d.un ? b(f.un) : undefined,
    nonun: f.nonun !== d.nonun ? b(f.nonun) : undefined,
    ix: f.interaction !== d.interaction ? b(f.interaction) : undefined,
    ctrl: f.controls.join(',') !== d.controls.join(',') ? f.controls.join(',') || ',' : undefined,
    fe: f.fixedEffects !== d.fixedEffects ? f.fixedEffects : undefined,
    family: f.family !== d.family ? f.family : undefined,
    vcov: f.vcov !== d.vcov ? f.vcov : undefined,
    reps: f.reps !== d.reps ? String(f.reps) : undefined,
    wild: f.wild !== d.wild ? b(f.wild) : undefined,
    w: f.weights || undefined,
    cl2: f.cluster2 || undefined,
    formula: f.custom?.trim() || undefined,
  };
}
