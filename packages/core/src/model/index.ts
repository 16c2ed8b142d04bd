/** Formula language, term algebra and design matrices. */

export { columnNames } from './column-names.js';
export { deparse, formatRNumber } from './deparse.js';
export { buildDesign, type Design, type DesignOptions, designColumns } from './design.js';
export type { DesignColumn, DesignInfo, FixedEffectInfo } from './design-info.js';
export { checkDesignSize, DESIGN_LIMITS, type DesignSize } from './design-size-guard.js';
export type { FormulaNode, ParsedFormula } from './formula-ast.js';
export { parseFormula } from './formula-parser.js';
export { evaluateSubset, parseSubset, type SubsetNode, subsetColumns } from './subset.js';
export { expandTerms, type TermStructure } from './terms.js';
