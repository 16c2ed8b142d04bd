/**
 * The one estimator client of the page: every `<partnership-effect>` shares it, so there is one
 * worker and one fitted model per dataset. Part of the live-fit module (`live-fit.js`); the client
 * module (`fit-client.ts`) is inlined in it but evaluated on first use only.
 */
import { type FitClient, LiveFitter, type Outcome } from './live-fitter.js';

let fitter: LiveFitter | undefined;
let users = 0;
let idleTimer: ReturnType<typeof setTimeout> | undefined;

/** How long the worker stays up after the last element left the page (SPAs often re-add one). */
export const IDLE_DISPOSE_MS = 30_000;

/**
 * The page's shared live fitter, created on first use.
 * @param script URL of the live-fit module, which the live-fit worker imports (in the built
 * `live-fit.js`, every module's `import.meta.url` is that file).
 * @example // types-only: starts the live-fit worker
 * const prepare = (bundledUrl: string) => sharedFitter().prepare({ bundledUrl, dataSrc: null, countries: null });
 */
export function sharedFitter(script: URL = new URL(import.meta.url)): LiveFitter {
  fitter ??= new LiveFitter(
    lazyClient(() => import('./fit-client.js').then((m) => m.createFitClient(script))),
  );
  return fitter;
}

/**
 * Counts an element that may use the fitter (called from `connectedCallback`).
 * @example retainFitter()
 */
export function retainFitter(): void {
  users += 1;
  if (idleTimer !== undefined) clearTimeout(idleTimer);
  idleTimer = undefined;
}

/**
 * Uncounts an element (from `disconnectedCallback`); when none is left for `IDLE_DISPOSE_MS`, the
 * worker is ended and its memory released. The next element starts a fresh one.
 * @example releaseFitter()
 */
export function releaseFitter(delayMs = IDLE_DISPOSE_MS): void {
  users = Math.max(0, users - 1);
  if (users > 0 || fitter === undefined) return;
  if (idleTimer !== undefined) clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    idleTimer = undefined;
    if (users === 0) {
      fitter?.dispose();
      fitter = undefined;
    }
  }, delayMs);
}

/**
 * An `FitClient` whose real client is loaded on the first call. A failed load is reported as
 * an error value and retried on the next call.
 * @example // types-only: the client starts the live-fit worker
 * const client = lazyClient(() => import('./fit-client.js').then((m) => m.createFitClient(new URL(import.meta.url))));
 */
export function lazyClient(load: () => Promise<FitClient>): FitClient {
  let client: Promise<FitClient> | undefined;
  let loaded: FitClient | undefined;
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
    <A extends unknown[], T>(pick: (c: FitClient) => (...args: A) => Promise<Outcome<T>>) =>
    async (...args: A): Promise<Outcome<T>> => {
      try {
        const c = await get();
        return await pick(c).apply(c, args);
      } catch (e) {
        return {
          ok: false,
          code: 'FILE_NOT_FOUND',
          message: `the live-fit module could not be loaded (${e instanceof Error ? e.message : String(e)})`,
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
      client = Promise.reject(new Error('the live fitter was disposed'));
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
