import type { CountDist } from './count-terms.js';

/** One observation's log-likelihood and its derivatives in the two linear predictors and t = log θ. */
export interface ObservationTerms {
  ll: number;
  /** ∂ℓᵢ/∂η for the count part (η = log μ). */
  dEtaCount: number;
  /** ∂ℓᵢ/∂η for the zero part (logit of the zero-inflation or hurdle probability). */
  dEtaZero: number;
  /** ∂ℓᵢ/∂ log θ (0 for Poisson). */
  dT: number;
}

/** A two-part count likelihood, evaluated per observation. */
export interface TwoPartLikelihood {
  dist: CountDist;
  /** ℓᵢ and its derivatives at (y, count η, zero η, θ). */
  terms(y: number, etaCount: number, etaZero: number, theta: number): ObservationTerms;
  /** P(Y = k) at (count η, zero η, θ), for predicted probabilities, the rootogram and the Vuong test. */
  prob(k: number, etaCount: number, etaZero: number, theta: number): number;
  /** E(Y) at (count η, zero η, θ). */
  mean(etaCount: number, etaZero: number, theta: number): number;
  /** Var(Y) at (count η, zero η, θ), for Pearson residuals. */
  variance(etaCount: number, etaZero: number, theta: number): number;
}
