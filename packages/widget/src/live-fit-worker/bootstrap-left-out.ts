/**
 * The widget's stand-in for `@peacepanel/worker`'s `engine/bootstrap-range.js` (swapped in by the
 * build, see `vite.config.ts`): the charts never run a cluster bootstrap, and leaving core's bootstrap
 * out of the live-fit module (`live-fit.js`) keeps it within its 60 KB budget. A bootstrap asked of the widget's
 * live fit resolves to a located error value instead of draws.
 */
import { PeacepanelError } from '@peacepanel/core';
import type { BootstrapRange } from '@peacepanel/worker';

/**
 * Always fails: the widget's bundle has no bootstrap.
 * @throws PeacepanelError BAD_OPTION saying where bootstraps run.
 * @example await bootstrapRange() // => throws 'does not run bootstraps'
 */
export async function bootstrapRange(): Promise<BootstrapRange> {
  throw new PeacepanelError('BAD_OPTION', 'the <partnership-effect> widget does not run bootstraps', {
    fix: 'run bootstraps with @peacepanel/worker (createClient) or the demo app',
  });
}
