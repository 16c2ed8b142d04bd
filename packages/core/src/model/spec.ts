import * as z from 'zod/mini';
import {
  CLUSTER_CONVENTIONS,
  MODEL_SPEC_DEFAULTS as D,
  HC_TYPES,
  MODEL_FAMILIES,
  type ModelSpec,
  type ModelSpecInput,
  VCOV_KINDS,
} from '../types/model-spec.js';
import type { TypesEqual } from '../types/type-equality.js';
import { ensureEnglishZodMessages } from '../zod-english.js';

ensureEnglishZodMessages();

/**
 * A model specification, validated with zod (`zod/mini`, small enough for the widget's bundle) so
 * the same spec can come from code, the CLI, the worker or a URL. Defaults follow the study's main specification (negative binomial, standard
 * errors clustered by country).
 */
export const ModelSpecSchema = z.object({
  /** R-style formula, e.g. `battle_deaths ~ un_troops_k_lag1 * nonun_troops_k_lag1 + log1p(battle_deaths_lag1)`; fixed effects after `|` (here `|` always means fixed effects; the zero-inflated and hurdle models, `TwoPartSpecSchema`, read it as pscl's zero part). */
  formula: z.string().check(z.minLength(3)),
  family: z._default(z.enum(MODEL_FAMILIES), D.family),
  /** `model`: expected information, θ fixed (glm.nb); `oim`: observed information over (β, ln α) (Stata); `robust`; `cluster`. */
  vcov: z._default(z.enum(VCOV_KINDS), D.vcov),
  /** Small-sample adjustment for `robust`: HC0 (none) or HC1 (n/(n−k) in the sandwich convention, n/(n−1) in Stata's). */
  hc: z._default(z.enum(HC_TYPES), D.hc),
  /** Cluster column for `vcov: 'cluster'`. */
  cluster: z.optional(z.string()),
  /** Second cluster column: two-way clustering by `cluster` and `cluster2` (Cameron, Gelbach & Miller 2011). */
  cluster2: z.optional(z.string()),
  /**
   * `stata`: CR1 over (β, ln α) with the observed-information bread and G/(G−1), as `nbreg, vce(cluster)` (for
   * `robust`: n/(n−1)); `sandwich`: θ fixed, expected-information bread, G/(G−1) as `sandwich::vcovCL`'s defaults
   * (for `robust`: `vcovHC`, HC1 = n/(n−k)). Checked against Stata's numbers for MASS::ships (shared/reference).
   */
  clusterConvention: z._default(z.enum(CLUSTER_CONVENTIONS), D.clusterConvention),
  /**
   * Rows to fit, as R's `subset=`: a condition over columns such as `year >= 1993 & year <= 2018`
   * (comparisons, `&`, `|`, `!`, numbers, quoted text; see `parseSubset`). Evaluated after `lag()` sees the
   * whole table; rows outside it are reported in the result's exclusions, never dropped silently.
   */
  subset: z.optional(z.string().check(z.minLength(1))),
  /** Column of frequency weights (≥ 0): row i counts as wᵢ observations (R `glm(weights =)`, Stata `[fweight =]`). */
  weights: z.optional(z.string()),
  /** Panel unit and time columns, needed by `lag()` and used for fixed effects. */
  unit: z.optional(z.string()),
  time: z.optional(z.string()),
  ciLevel: z._default(z.number().check(z.gt(0.5), z.lt(1)), D.ciLevel),
  maxIter: z._default(z.int().check(z.positive()), D.maxIter),
  tol: z._default(z.number().check(z.positive()), D.tol),
});

export type { ModelSpec, ModelSpecInput };

/** Compile-time checks: the schema validates exactly the declared `ModelSpec` and accepts `ModelSpecInput`. */
true satisfies TypesEqual<z.infer<typeof ModelSpecSchema>, ModelSpec>;
true satisfies TypesEqual<z.input<typeof ModelSpecSchema>, ModelSpecInput>;
