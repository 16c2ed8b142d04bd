/**
 * The partnership domain: the declared main specification, typical levels, the UN troop grid, the
 * scenario estimand, partnership modes, organisation types and partner shares.
 */
export * from './declared-specifications.js';
export * from './default-spec.js';
export * from './interval-overlap.js';
export * from './main-spec.js';
export * from './mode-counts.js';
export * from './org-types.js';
export * from './partner-shares.js';
export * from './partnership-mode.js';
export * from './sample-shares.js';
export * from './scenario.js';
export * from './troop-grid.js';
export * from './typical-levels.js';
