/** The replication report: re-estimates the study's claims on the bundled data (issue 7). */

export { defaultToolkit } from './default-toolkit.js';
export type { Figure } from './figures.js';
export { FIGURE_FILES, renderFigures } from './figures.js';
export type { FormatStyle, Formatter } from './format.js';
export { allRenderings, createFormatter, FORMAT_STYLES, formatNumber, numberTokens } from './format.js';
export { renderHeadline } from './headline.js';
export { pointer, readPointer } from './json-pointer.js';
export type * from './numbers.js';
export { DEFAULT_CONVENTIONS, PAPER_NUMBERS } from './paper.js';
export type { ReplicateOptions, ReplicationResult } from './replicate.js';
export { DEFAULT_REPS, DEFAULT_SEED, replicate } from './replicate.js';
export { renderReport } from './report.js';
export type { DatasetJsonLike, FittedLike, Toolkit } from './toolkit.js';
export { hksVerdict, judgeClaims, shareVerdict, signVerdict, summarizeVerdicts } from './verdict.js';
