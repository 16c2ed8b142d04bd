/**
 * The stopping rule shared by the joint Newton fits (NB2 in `negbin/fit.ts`, one-way fixed effects in
 * `fe-one-way/fit.ts`), checked after each iteration's line search:
 * - converged when the Newton decrement is below `1e-3·tol·(1 + |ℓ|)` and the largest step below 1e-7;
 * - when the line search found no ascent: converged if the decrement is already negligible
 *   (`< 1e-8·(1 + |ℓ|)`, machine precision), otherwise stop with a warning;
 * - otherwise go on.
 * Reference: Boyd & Vandenberghe (2004), Convex Optimization, §9.5.1 (the Newton decrement as a
 * stopping criterion).
 * @example newtonStop({ decrement: 1e-12, maxStep: 1e-9, logLik: -100, accepted: true, tol: 1e-10 }) // => 'converged'
 */
export function newtonStop(s: {
  decrement: number;
  maxStep: number;
  logLik: number;
  accepted: boolean;
  tol: number;
}): 'converged' | 'continue' | 'failed' {
  const scale = 1 + Math.abs(s.logLik);
  if (s.decrement < 1e-3 * s.tol * scale && s.maxStep < 1e-7) return 'converged';
  if (s.accepted) return 'continue';
  return s.decrement < 1e-8 * scale ? 'converged' : 'failed';
}

/** The warning of a Newton fit whose line search found no ascent (see {@link newtonStop}). */
export const LINE_SEARCH_FAILED =
  'line search failed: the log-likelihood cannot be increased along the Newton direction';
