import { conflictMonthJsonUrl } from './bundled-files.js';
import { getClient } from './client.js';

/** The worker's id of the bundled conflict-month panel (the multiverse's conflict-month unit). */
export const CONFLICT_MONTH_ID = 'africa-conflict-month';

let loading: Promise<void> | undefined;

/**
 * Loads the bundled conflict-month panel into the worker once per page session (the Robustness page's
 * conflict-month specifications, and the Model page when it opens one of them).
 * @throws Error when the panel was not bundled or the worker refused it (the message says which).
 * @example // types-only: loads the panel into the demo's worker
 * await loadConflictMonths();
 * const r = await (await getClient()).fit({ dataset: CONFLICT_MONTH_ID });
 */
export function loadConflictMonths(): Promise<void> {
  loading ??= (async () => {
    const url = conflictMonthJsonUrl();
    if (!url) throw new Error('the conflict-month panel was not bundled with this build');
    const r = await (await getClient()).loadDataset({ url, id: CONFLICT_MONTH_ID });
    if (!r.ok) throw new Error(r.message);
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
