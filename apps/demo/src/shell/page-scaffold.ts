import type { Route } from '../routing/route.js';
import type { AppContext, PageView } from './page-view.js';

/** Least time between two draws asked for by `redrawSoon`. */
const SOON_MS = 250;

/** What a page does at each moment of its life; only `draw` is required. */
export interface PageSteps {
  /** Renders the page from its state (on mount, route change, data change and resize). */
  draw(): void;
  /** After the route changed (the new one is `page.route`), before `draw`. */
  routeChanged?(): void;
  /** After `draw` on a route change or a data change: start the work the new state asks for. */
  afterChange?(): void;
  /** When the page is left: abort work, drop listeners. */
  dispose?(): void;
}

/** Options of {@link mountScaffold}. */
export interface ScaffoldOptions {
  /** Track the host's width (redrawing when it changes by more than 8 px): the width before layout, and a cap. */
  width?: { fallback: number; max?: number };
  /** Redraw when the active dataset changes (default true). */
  followData?: boolean;
}

/** What a page's steps see: the host, the app context, the current route and width, and a redraw. */
export interface PageScope {
  readonly host: HTMLElement;
  readonly ctx: AppContext;
  /** The route the page shows now. */
  readonly route: Route;
  /** The host's width in px (capped), or the fallback before layout. */
  readonly width: number;
  /** Draws the page again (after an asynchronous step changed its state). */
  redraw(): void;
  /**
   * Draws the page soon, once however often it is called meanwhile: at the next animation frame at
   * least 250 ms after the previous such draw. For frequent updates (progress), so the page renders
   * (style, layout, paint) a few times a second, not once per message.
   */
  redrawSoon(): void;
  /** True once the page was left. */
  readonly disposed: boolean;
}

/**
 * The subscribe / draw / dispose scaffold every page shares, written once: it keeps the current route,
 * tracks the host's width, redraws when the route, the dataset or the width changes, and cleans up.
 * The page supplies its named steps (`draw`, `routeChanged`, `afterChange`, `dispose`).
 * @example // types-only: mounts a page into the document
 * import { html, render } from 'lit';
 * const mountPage = (host: HTMLElement, ctx: AppContext, route: Route) =>
 *   mountScaffold(host, ctx, route, (page) => ({ draw: () => render(html`<h1>${page.route.page}</h1>`, host) }));
 */
export function mountScaffold(
  host: HTMLElement,
  ctx: AppContext,
  route: Route,
  setup: (page: PageScope) => PageSteps,
  options: ScaffoldOptions = {},
): PageView {
  const cap = (w: number) => (options.width?.max !== undefined ? Math.min(options.width.max, w) : w);
  const scope = {
    host,
    ctx,
    route,
    width: cap(host.clientWidth || (options.width?.fallback ?? 0)),
    disposed: false,
    redraw: () => steps.draw(),
    redrawSoon: () => {
      if (frame !== undefined || timer !== undefined) return;
      const wait = Math.max(0, lastSoon + SOON_MS - performance.now());
      timer = setTimeout(() => {
        timer = undefined;
        frame = requestAnimationFrame(() => {
          frame = undefined;
          lastSoon = performance.now();
          if (!scope.disposed) steps.draw();
        });
      }, wait);
    },
  };
  let frame: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastSoon = 0;
  const steps = setup(scope);
  const resize = options.width ? new ResizeObserver(() => onResize()) : undefined;
  const onResize = () => {
    const w = cap(host.clientWidth);
    if (w && Math.abs(w - scope.width) > 8) {
      scope.width = w;
      steps.draw();
    }
  };
  resize?.observe(host);
  const changed = () => {
    steps.draw();
    steps.afterChange?.();
  };
  const off = options.followData === false ? undefined : ctx.data.subscribe(changed);
  changed();
  return {
    update(r) {
      scope.route = r;
      steps.routeChanged?.();
      changed();
    },
    dispose() {
      scope.disposed = true;
      if (frame !== undefined) cancelAnimationFrame(frame);
      clearTimeout(timer);
      off?.();
      resize?.disconnect();
      steps.dispose?.();
    },
  };
}
