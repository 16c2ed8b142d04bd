import { formatRoute, parseRoute, type Route, withParams } from './route.js';

type Listener = (route: Route) => void;

/**
 * Keeps the current route in sync with `window.location` and `history`: `navigate` pushes a new
 * history entry (back/forward work), `update` with `replace` rewrites the current one (for sliders and
 * typing, so history is not flooded). Listeners hear every change, including popstate.
 * @example // types-only: needs a browser page (`window`)
 * const r = new Router(window);
 * r.subscribe((route) => console.log(route.page));
 * r.navigate({ page: 'data', params: {} });
 */
export class Router {
  #route: Route;
  readonly #listeners = new Set<Listener>();
  readonly #win: Window;
  #emitTimer: number | undefined;

  constructor(win: Window) {
    this.#win = win;
    this.#route = parseRoute(win.location.search);
    win.addEventListener('popstate', () => {
      this.#route = parseRoute(win.location.search);
      this.#emit();
    });
  }

  get route(): Route {
    return this.#route;
  }

  /** Registers a listener; returns the function that removes it. */
  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Goes to a route, adding a history entry unless `replace`. */
  navigate(route: Route, options: { replace?: boolean } = {}): void {
    const url = formatRoute(route) + this.#win.location.hash;
    if (url === this.#win.location.search + this.#win.location.hash) return;
    if (options.replace) this.#win.history.replaceState(null, '', url);
    else this.#win.history.pushState(null, '', url);
    this.#route = parseRoute(this.#win.location.search);
    this.#scheduleEmit();
  }

  /** Changes parameters of the current page (see `withParams`). */
  update(changes: Record<string, string | undefined>, options: { replace?: boolean } = {}): void {
    this.navigate(withParams(this.#route, changes), options);
  }

  /** The absolute link to a route, for sharing. */
  href(route: Route): string {
    const { origin, pathname } = this.#win.location;
    return `${origin}${pathname}${formatRoute(route)}`;
  }

  #emit(): void {
    for (const l of this.#listeners) l(this.#route);
  }

  /**
   * Listeners run in a task of their own after `pushState`/`replaceState` (which can take tens of ms
   * in Chromium), so writing the URL and re-rendering never add up to one long main-thread task.
   * Bursts (slider drags) coalesce into one render of the latest route.
   */
  #scheduleEmit(): void {
    if (this.#emitTimer !== undefined) return;
    this.#emitTimer = this.#win.setTimeout(() => {
      this.#emitTimer = undefined;
      this.#emit();
    }, 0);
  }
}
