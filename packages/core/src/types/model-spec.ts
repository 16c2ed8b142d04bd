/** The count families of `fitModel`. */
export type ModelFamily = 'negbin' | 'poisson';

/** `model`: expected information, θ fixed (glm.nb); `oim`: observed information over (β, ln α) (Stata); `robust`; `cluster`. */
export type VcovKind = 'model' | 'oim' | 'robust' | 'cluster';

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
  hc: 'HC0' | 'HC1';
  /** Cluster column for `vcov: 'cluster'`. */
  cluster?: string | undefined;
  /** Second cluster column: two-way clustering (Cameron, Gelbach & Miller 2011). */
  cluster2?: string | undefined;
  /** `stata` (nbreg, vce(cluster)) or `sandwich` (sandwich::vcovCL's defaults). */
  clusterConvention: 'stata' | 'sandwich';
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

/** What callers may pass: the defaults are optional. */
export type ModelSpecInput = Flat<
  Omit<ModelSpec, Defaulted> & { [K in Defaulted]?: ModelSpec[K] | undefined }
>;

/** One object type instead of an intersection (same fields). */
type Flat<T> = { [K in keyof T]: T[K] };
