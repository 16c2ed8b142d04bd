/**
 * Loads the live-fit module (`live-fit.js`, next to the element's script) on first need and forwards
 * the elements' use counts to it, so its worker ends when no element is left. Until a view needs a
 * live fit, nothing of the live-fit module is downloaded.
 */
import type * as Engine from '../live-fit.js';

/** What `live-fit.js` exports. */
export type LiveFitModule = typeof Engine;

/** The live-fit module of one copy of the element, loaded lazily from `url`. */
export class LiveFitLoader {
  readonly url: URL;
  #module: Promise<LiveFitModule> | undefined;
  #loaded: LiveFitModule | undefined;
  #users = 0;

  constructor(url: URL) {
    this.url = url;
  }

  /** The live-fit module, or undefined before it was loaded. */
  get loaded(): LiveFitModule | undefined {
    return this.#loaded;
  }

  /**
   * Imports the module once (a failed import is retried on the next call).
   * Reference: HTML Standard, dynamic `import()` of a module script (CORS fetch, same as the element's).
   * @example // types-only: imports the built live-fit.js
   * const fitter = async (loader: LiveFitLoader) => (await loader.load()).sharedFitter();
   */
  load(): Promise<LiveFitModule> {
    this.#module ??= (import(/* @vite-ignore */ this.url.href) as Promise<LiveFitModule>).then(
      (m) => {
        this.#loaded = m;
        for (let i = 0; i < this.#users; i++) m.retainFitter();
        return m;
      },
      (e: unknown) => {
        this.#module = undefined;
        throw e;
      },
    );
    return this.#module;
  }

  /** Counts an element that may fit live (from `connectedCallback`). */
  retain(): void {
    this.#users += 1;
    this.#loaded?.retainFitter();
  }

  /** Uncounts an element (from `disconnectedCallback`). */
  release(): void {
    this.#users = Math.max(0, this.#users - 1);
    this.#loaded?.releaseFitter();
  }
}
