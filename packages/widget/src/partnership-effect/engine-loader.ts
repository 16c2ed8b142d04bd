/**
 * Loads the engine module (`engine.js`, next to the element's script) on first need and forwards
 * the elements' use counts to it, so its worker ends when no element is left. Until a view needs a
 * live fit, nothing of the engine is downloaded.
 */
import type * as Engine from '../engine.js';

/** What `engine.js` exports. */
export type EngineModule = typeof Engine;

/** The engine module of one copy of the element, loaded lazily from `url`. */
export class EngineLoader {
  readonly url: URL;
  #module: Promise<EngineModule> | undefined;
  #loaded: EngineModule | undefined;
  #users = 0;

  constructor(url: URL) {
    this.url = url;
  }

  /** The engine module, or undefined before it was loaded. */
  get loaded(): EngineModule | undefined {
    return this.#loaded;
  }

  /**
   * Imports the module once (a failed import is retried on the next call).
   * Reference: HTML Standard, dynamic `import()` of a module script (CORS fetch, same as the element's).
   * @example // types-only: imports the built dist/engine.js
   * const loader = new EngineLoader(new URL('./engine.js', import.meta.url));
   * const engine = await loader.load();
   * engine.sharedEngine();
   */
  load(): Promise<EngineModule> {
    this.#module ??= (import(/* @vite-ignore */ this.url.href) as Promise<EngineModule>).then(
      (m) => {
        this.#loaded = m;
        for (let i = 0; i < this.#users; i++) m.retainEngine();
        return m;
      },
      (e: unknown) => {
        this.#module = undefined;
        throw e;
      },
    );
    return this.#module;
  }

  /** Counts an element that may use the engine (from `connectedCallback`). */
  retain(): void {
    this.#users += 1;
    this.#loaded?.retainEngine();
  }

  /** Uncounts an element (from `disconnectedCallback`). */
  release(): void {
    this.#users = Math.max(0, this.#users - 1);
    this.#loaded?.releaseEngine();
  }
}
