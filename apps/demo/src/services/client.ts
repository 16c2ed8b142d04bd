import type { PeacepanelClient } from '@peacepanel/worker';

let client: Promise<PeacepanelClient> | undefined;

/**
 * The demo's one worker client (lazily created, shared by every page). All estimation runs in it;
 * if no worker can start, the client falls back to the main thread on its own and says why.
 * @example // types-only: starts a browser Worker (Vite's `?worker` import)
 * const r = await (await getClient()).fit({ dataset: 'africa-cm' });
 */
export function getClient(): Promise<PeacepanelClient> {
  client ??= Promise.all([import('@peacepanel/worker'), import('@peacepanel/worker/worker?worker')]).then(
    ([{ createClient, researchOperations }, { default: EstimatorWorker }]) =>
      createClient({
        workerFactory: () => new EstimatorWorker({ name: 'peacepanel-estimator' }),
        // the in-thread fallback answers the Model page's research operations too
        research: researchOperations,
        // one core is left to the page: with every core busy in a worker (the multiverse, a bootstrap),
        // the page's own thread would be starved and its frames would turn into long tasks
        maxWorkers: Math.max(1, Math.min(4, (navigator.hardwareConcurrency || 2) - 1)),
        onFallback: (reason) => console.warn(`peacepanel: computing on the main thread (${reason})`),
      }),
  );
  return client;
}
