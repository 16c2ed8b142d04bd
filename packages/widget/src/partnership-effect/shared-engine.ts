/**
 * The one estimator client of the page: every `<partnership-effect>` shares it, so there is one
 * worker and one fitted model per dataset. Part of the engine module (`engine.js`); the client
 * module (`engine-client.ts`) is inlined in it but evaluated on first use only.
 */
import { ChartEngine, type EngineClient, type Outcome } from './chart-engine.js';

let engine: ChartEngine | undefined;
let users = 0;
let idleTimer: ReturnType<typeof setTimeout> | undefined;

/** How long the worker stays up after the last element left the page (SPAs often re-add one). */
export const IDLE_DISPOSE_MS = 30_000;

/**
 * The page's shared chart engine, created on first use.
 * @param script URL of the engine module, which the engine worker imports (in the built
 * `engine.js`, every module's `import.meta.url` is that file).
 * @example const r = await sharedEngine().prepare({ bundledUrl: 'https://cdn.example/w/datasets/africa-cm.json', dataSrc: null, countries: null });
 */
export function sharedEngine(script: URL = new URL(import.meta.url)): ChartEngine {
  engine ??= new ChartEngine(
    lazyClient(() => import('./engine-client.js').then((m) => m.createEngineClient(script))),
  );
  return engine;
}

/**
 * Counts an element that may use the engine (called from `connectedCallback`).
 * @example retainEngine()
 */
export function retainEngine(): void {
  users += 1;
  if (idleTimer !== undefined) clearTimeout(idleTimer);
  idleTimer = undefined;
}

/**
 * Uncounts an element (from `disconnectedCallback`); when none is left for `IDLE_DISPOSE_MS`, the
 * worker is ended and its memory released. The next element starts a fresh one.
 * @example releaseEngine()
 */
export function releaseEngine(delayMs = IDLE_DISPOSE_MS): void {
  users = Math.max(0, users - 1);
  if (users > 0 || engine === undefined) return;
  if (idleTimer !== undefined) clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    idleTimer = undefined;
    if (users === 0) {
      engine?.dispose();
      engine = undefined;
    }
  }, delayMs);
}

/**
 * An `EngineClient` whose real client is loaded on the first call. A failed load is reported as
 * an error value and retried on the next call.
 * @example lazyClient(() => import('./engine-client.js').then((m) => m.createEngineClient(new URL('./engine.js', import.meta.url))))
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
    dispose() {
      loaded?.dispose();
      if (!loaded)
        void client?.then(
          (c) => c.dispose(),
          () => undefined,
        );
      client = Promise.reject(new Error('the chart engine was disposed'));
      client.catch(() => undefined);
    },
    loadDataset: call((c) => c.loadDataset),
    validatePanelCsv: call((c) => c.validatePanelCsv),
    fit: call((c) => c.fit),
    partnershipEffect: call((c) => c.partnershipEffect),
    scenario: call((c) => c.scenario),
    describe: call((c) => c.describe),
  };
}
