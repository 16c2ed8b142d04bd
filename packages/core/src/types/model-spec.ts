/**
 * The values and defaults of the model spec, written once: `ModelSpecSchema` (zod, model/spec.ts) and the
 * engine's zod-free check (`checkModelSpec`, validation/model-spec.ts) are both built from these.
 * @example MODEL_FAMILIES.includes('negbin') // true
 */
export const MODEL_FAMILIES = ['negbin', 'poisson'] as const;
/** `model`: expected information, θ fixed (glm.nb); `oim`: observed information over (β, ln α) (Stata); `robust`; `cluster`. */
export const VCOV_KINDS = ['model', 'oim', 'robust', 'cluster'] as const;
/** Small-sample adjustments for `robust`. */
export const HC_TYPES = ['HC0', 'HC1'] as const;
/** Cluster-robust conventions: Stata's `nbreg, vce(cluster)` or `sandwich::vcovCL`'s defaults. */
export const CLUSTER_CONVENTIONS = ['stata', 'sandwich'] as const;

/** The count families of `fitModel`. */
export type ModelFamily = (typeof MODEL_FAMILIES)[number];
/** The variance estimators of `fitModel`. */
export type VcovKind = (typeof VCOV_KINDS)[number];

/**
 * A validated model specification (defaults filled in). Validated by `ModelSpecSchema` (model/spec.ts,
 * where each field is documented), whose inferred type is checked to equal this one. Defaults follow the
 * study's main specification (negative binomial, standard errors clustered by country).
 */
export interface ModelSpec {
  /** R-style formula, e.g. `battle_deaths ~ un_troops_k_lag1 * nonun_troops_k_lag1`; fixed effects after `|`. */
  formula: string;
  family: ModelFamily;
  vcov: VcovKind;
  /** Small-sample adjustment for `robust`: HC0 (none) or HC1. */
  hc: (typeof HC_TYPES)[number];
  /** Cluster column for `vcov: 'cluster'`. */
  cluster?: string | undefined;
  /** Second cluster column: two-way clustering (Cameron, Gelbach & Miller 2011). */
  cluster2?: string | undefined;
  /** `stata` (nbreg, vce(cluster)) or `sandwich` (sandwich::vcovCL's defaults). */
  clusterConvention: (typeof CLUSTER_CONVENTIONS)[number];
  /** Rows to fit, as R's `subset=` (see `parseSubset`). */
  subset?: string | undefined;
  /** Column of frequency weights (≥ 0). */
  weights?: string | undefined;
  /** Panel unit and time columns, needed by `lag()` and used for fixed effects. */
  unit?: string | undefined;
  time?: string | undefined;
  /** Confidence level of the intervals, in (0.5, 1); default 0.95. */
  ciLevel: number;
  /** Newton iterations at most; default 100. */
  maxIter: number;
  /** Convergence tolerance; default 1e-10. */
  tol: number;
}

/** The fields of `ModelSpec` that have a default. */
type Defaulted = 'family' | 'vcov' | 'hc' | 'clusterConvention' | 'ciLevel' | 'maxIter' | 'tol';

/**
 * The defaults of the study's main specification (negative binomial, model-based variance unless asked).
 * @example MODEL_SPEC_DEFAULTS.ciLevel // 0.95
 */
export const MODEL_SPEC_DEFAULTS: Readonly<Pick<ModelSpec, Defaulted>> = {
  family: 'negbin',
  vcov: 'model',
  hc: 'HC1',
  clusterConvention: 'stata',
  ciLevel: 0.95,
  maxIter: 100,
  tol: 1e-10,
};

/** What callers may pass: the defaults are optional. */
export type ModelSpecInput = Flat<
  Omit<ModelSpec, Defaulted> & { [K in Defaulted]?: ModelSpec[K] | undefined }
>;

/** One object type instead of an intersection (same fields). */
type Flat<T> = { [K in keyof T]: T[K] };
