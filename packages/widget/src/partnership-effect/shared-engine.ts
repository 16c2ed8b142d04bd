/**
 * The one estimator client of the page: every `<partnership-effect>` shares it, so there is one
 * worker and one fitted model per dataset. The client module is imported on first use (see
 * `engine-client.ts`), relative to this script, so the entry stays small.
 */
import { ChartEngine, type EngineClient, type Outcome } from './chart-engine.js';

let engine: ChartEngine | undefined;

/**
 * The page's shared chart engine, created on first use.
 * @example const r = await sharedEngine().prepare({ bundledUrl, dataSrc: null, countries: null })
 */
export function sharedEngine(): ChartEngine {
  engine ??= new ChartEngine(
    lazyClient(() => import('./engine-client.js').then((m) => m.createEngineClient())),
  );
  return engine;
}

/**
 * An `EngineClient` whose real client is loaded on the first call. A failed load is reported as
 * an error value and retried on the next call.
 * @example lazyClient(() => import('./engine-client.js').then((m) => m.createEngineClient()))
 */
export function lazyClient(load: () => Promise<EngineClient>): EngineClient {
  let client: Promise<EngineClient> | undefined;
  let loaded: EngineClient | undefined;
  const get = () => {
    client ??= load().then(
      (c) => {
        loaded = c;
        return c;
      },
      (e: unknown) => {
        client = undefined;
        throw e;
      },
    );
    return client;
  };
  const call =
    <A extends unknown[], T>(pick: (c: EngineClient) => (...args: A) => Promise<Outcome<T>>) =>
    async (...args: A): Promise<Outcome<T>> => {
      try {
        const c = await get();
        return await pick(c).apply(c, args);
      } catch (e) {
        return {
          ok: false,
          code: 'FILE_NOT_FOUND',
          message: `the chart engine could not be loaded (${e instanceof Error ? e.message : String(e)})`,
        };
      }
    };
  return {
    get mode() {
      return loaded?.mode ?? 'worker';
    },
    loadDataset: call((c) => c.loadDataset),
    validatePanelCsv: call((c) => c.validatePanelCsv),
    fit: call((c) => c.fit),
    partnershipEffect: call((c) => c.partnershipEffect),
    scenario: call((c) => c.scenario),
    describe: call((c) => c.describe),
  };
}
