/** Special functions used by the estimators and inference, one per module. */

export { chiSquareCdf, chiSquareUpperTail, regularizedGammaP } from './chi-square-cdf.js';
export { digamma } from './digamma.js';
export { lgamma, lgammaRatio } from './lgamma.js';
export { normalCdf, normalUpperTail, twoSidedNormalP } from './normal-cdf.js';
export { normalQuantile } from './normal-quantile.js';
export { quantileOf } from './quantile.js';
export { trigamma } from './trigamma.js';
