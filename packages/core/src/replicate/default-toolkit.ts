import { percentileIntervals } from '../inference/percentile-intervals.js';
import type { FittedLike, Toolkit } from './toolkit.js';

/**
 * Core's own building blocks, wired for `replicate`. Blocks that this build of core does not have
 * yet are absent, and the analyses that need them report "not run" with the block's name.
 * @example replicate({ dataset, toolkit: defaultToolkit() })
 */
export function defaultToolkit(): Toolkit<FittedLike> {
  return { percentileIntervals };
}
