import { z } from 'zod';

/**
 * A model specification, validated with zod so the same spec can come from code, the CLI, the
 * worker or a URL. Defaults follow the study's main specification (negative binomial, standard
 * errors clustered by country).
 */
export const ModelSpecSchema = z.object({
  /** R-style formula, e.g. `battle_deaths ~ un_troops_k_lag1 * nonun_troops_k_lag1 + log1p(battle_deaths_lag1)`; fixed effects after `|`. */
  formula: z.string().min(3),
  family: z.enum(['negbin', 'poisson']).default('negbin'),
  /** `model`: expected information, θ fixed (glm.nb); `oim`: observed information over (β, ln α) (Stata); `robust`; `cluster`. */
  vcov: z.enum(['model', 'oim', 'robust', 'cluster']).default('model'),
  /** Small-sample adjustment for `robust`: HC0 (none) or HC1 (n/(n−k) in the sandwich convention, n/(n−1) in Stata's). */
  hc: z.enum(['HC0', 'HC1']).default('HC1'),
  /** Cluster column for `vcov: 'cluster'`. */
  cluster: z.string().optional(),
  /**
   * `stata`: CR1 over (β, ln α) with the observed-information bread and G/(G−1), as `nbreg, vce(cluster)` (for
   * `robust`: n/(n−1)); `sandwich`: θ fixed, expected-information bread, G/(G−1) as `sandwich::vcovCL`'s defaults
   * (for `robust`: `vcovHC`, HC1 = n/(n−k)). Checked against Stata's numbers for MASS::ships (shared/reference).
   */
  clusterConvention: z.enum(['stata', 'sandwich']).default('stata'),
  /** Panel unit and time columns, needed by `lag()` and used for fixed effects. */
  unit: z.string().optional(),
  time: z.string().optional(),
  ciLevel: z.number().gt(0.5).lt(1).default(0.95),
  maxIter: z.number().int().positive().default(100),
  tol: z.number().positive().default(1e-10),
});

/** A validated model specification (defaults filled in). */
export type ModelSpec = z.infer<typeof ModelSpecSchema>;
/** What callers may pass: defaults optional. */
export type ModelSpecInput = z.input<typeof ModelSpecSchema>;
