import { messages } from '../../errors.js';

/** A two-part formula `y ~ count terms | zero terms` split into two one-part formulas. */
export interface TwoPartFormula {
  /** `y ~ count terms`. */
  count: string;
  /** `y ~ zero terms` (the count terms again when the formula has no `|`, as pscl does). */
  zero: string;
  /** The zero terms as written (after `|`). */
  zeroTerms: string;
}

/**
 * Splits pscl's two-part formula `y ~ x1 + x2 | z1 + z2` at its top-level `|` (outside parentheses
 * and backquotes) into the count formula `y ~ x1 + x2` and the zero formula `y ~ z1 + z2`; without
 * `|` both parts use the count terms (pscl's `zeroinfl(y ~ x)` means `y ~ x | x`). This reading of
 * `|` applies only to the zero-inflated and hurdle models; for family negbin/poisson `|` introduces
 * fixed effects.
 * @throws PeacepanelError `BAD_FORMULA` for a second `|` or an empty part, naming the position.
 * @example splitTwoPartFormula('art ~ fem + ment | ment').zero // => 'art ~ ment'
 */
export function splitTwoPartFormula(formula: string): TwoPartFormula {
  const bars: number[] = [];
  let depth = 0;
  let quoted = false;
  let tilde = -1;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === '`') quoted = !quoted;
    if (quoted) continue;
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '~' && depth === 0 && tilde < 0) tilde = i;
    else if (ch === '|' && depth === 0) bars.push(i);
  }
  if (tilde < 0) throw messages.badFormula(formula, 'expected "~" after the outcome', formula.length);
  if (bars.length > 1) throw messages.twoBars(formula, bars[1] as number);
  const bar = bars[0];
  const lhs = formula.slice(0, tilde).trim();
  if (bar === undefined) {
    const terms = formula.slice(tilde + 1).trim();
    return { count: formula, zero: formula, zeroTerms: terms };
  }
  const countTerms = formula.slice(tilde + 1, bar).trim();
  const zeroTerms = formula.slice(bar + 1).trim();
  if (!countTerms) throw messages.badFormula(formula, 'expected count terms between "~" and "|"', bar);
  if (!zeroTerms) throw messages.badFormula(formula, 'expected zero-part terms after "|"', formula.length);
  return { count: `${lhs} ~ ${countTerms}`, zero: `${lhs} ~ ${zeroTerms}`, zeroTerms };
}
