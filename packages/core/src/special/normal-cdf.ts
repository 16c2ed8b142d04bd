// biome-ignore-all lint/correctness/noPrecisionLoss: published coefficients are kept digit for digit as printed in the reference
/**
 * Standard normal distribution function Φ(z), W. J. Cody's rational Chebyshev approximations
 * ("Rational Chebyshev approximation for the error function", Math. Comp. 1969; ACM TOMS 715),
 * the algorithm of R's `pnorm`: about 1e-16 relative accuracy, also in the far tails.
 * @example normalCdf(1.959963984540054) // => 0.975
 */
export function normalCdf(z: number): number {
  return pnormBoth(z)[0];
}

/**
 * Upper tail 1 − Φ(z), computed without cancellation for large z.
 * @example normalUpperTail(8) // => 6.22096057427178e-16
 */
export function normalUpperTail(z: number): number {
  return pnormBoth(z)[1];
}

/**
 * Two-sided p-value of a standard normal statistic: 2·(1 − Φ(|z|)).
 * @example twoSidedNormalP(1.959963984540054) // => 0.05
 */
export function twoSidedNormalP(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  return Math.min(1, 2 * pnormBoth(-Math.abs(z))[0]);
}

const A = [
  2.2352520354606839287, 161.02823106855587881, 1067.6894854603709582, 18154.981253343561249,
  0.065682337918207449113,
];
const B = [47.20258190468824187, 976.09855173777669322, 10260.932208618978205, 45507.789335026729956];
const C = [
  0.39894151208813466764, 8.8831497943883759412, 93.506656132177855979, 597.27027639480026226,
  2494.5375852903726711, 6848.1904505362823326, 11602.651437647350124, 9842.7148383839780218,
  1.0765576773720192317e-8,
];
const D = [
  22.266688044328115691, 235.38790178262499861, 1519.377599407554805, 6485.558298266760755,
  18615.571640885098091, 34900.952721145977266, 38912.003286093271411, 19685.429676859990727,
];
const P = [
  0.21589853405795699, 0.1274011611602473639, 0.022235277870649807, 0.001421619193227893466,
  2.9112874951168792e-5, 0.02307344176494017303,
];
const Q = [
  1.28426009614491121, 0.468238212480865118, 0.0659881378689285515, 0.00378239633202758244,
  7.29751555083966205e-5,
];
const ONE_OVER_SQRT_2PI = 0.398942280401432677939946059934;

/** [Φ(x), 1 − Φ(x)] as in R's `pnorm_both`. */
function pnormBoth(x: number): [number, number] {
  if (Number.isNaN(x)) return [Number.NaN, Number.NaN];
  const y = Math.abs(x);
  if (y <= 0.67448975) {
    const xsq = y > 1e-300 ? x * x : 0;
    let xnum = A[4]! * xsq;
    let xden = xsq;
    for (let i = 0; i < 3; i++) {
      xnum = (xnum + A[i]!) * xsq;
      xden = (xden + B[i]!) * xsq;
    }
    const temp = (x * (xnum + A[3]!)) / (xden + B[3]!);
    return [0.5 + temp, 0.5 - temp];
  }
  let temp: number;
  if (y <= Math.sqrt(32)) {
    let xnum = C[8]! * y;
    let xden = y;
    for (let i = 0; i < 7; i++) {
      xnum = (xnum + C[i]!) * y;
      xden = (xden + D[i]!) * y;
    }
    temp = (xnum + C[7]!) / (xden + D[7]!);
  } else {
    if (y > 40) return x > 0 ? [1, 0] : [0, 1];
    const xsq = 1 / (x * x);
    let xnum = P[5]! * xsq;
    let xden = xsq;
    for (let i = 0; i < 4; i++) {
      xnum = (xnum + P[i]!) * xsq;
      xden = (xden + Q[i]!) * xsq;
    }
    temp = (xsq * (xnum + P[4]!)) / (xden + Q[4]!);
    temp = (ONE_OVER_SQRT_2PI - temp) / y;
  }
  const xsq = Math.trunc(y * 16) / 16;
  const del = (y - xsq) * (y + xsq);
  const small = Math.exp(-xsq * xsq * 0.5) * Math.exp(-del * 0.5) * temp;
  return x > 0 ? [1 - small, small] : [small, 1 - small];
}
