/**
 * The whole state of the demo lives in the URL query string, so any view can be shared by link and
 * back/forward restore it. A route is the page plus that page's own parameters (all strings; each page
 * parses its own). Pure functions only; `router.ts` wires them to `history`.
 */

/** The pages of the demo, in navigation order. */
export const PAGES = ['overview', 'data', 'model', 'scenarios', 'robustness', 'embed', 'method'] as const;
/** Pages reached by link but not listed in the navigation: the chart gallery (linked from Method). */
export const UNLISTED_PAGES = ['gallery'] as const;
export type PageId = (typeof PAGES)[number] | (typeof UNLISTED_PAGES)[number];

/** Human-readable page titles (navigation labels and document titles). */
export const PAGE_TITLES: Record<PageId, string> = {
  overview: 'Overview',
  data: 'Data',
  model: 'Model',
  scenarios: 'Scenarios',
  robustness: 'Robustness',
  embed: 'Embed',
  method: 'Method',
  gallery: 'Chart gallery',
};

export interface Route {
  page: PageId;
  /** Page parameters in a stable order; empty values are dropped when formatting. */
  params: Record<string, string>;
}

/**
 * True when `value` names a page.
 * @example isPageId('model') // => true
 */
export function isPageId(value: string | null | undefined): value is PageId {
  return (
    value !== null &&
    value !== undefined &&
    ((PAGES as readonly string[]).includes(value) || (UNLISTED_PAGES as readonly string[]).includes(value))
  );
}

/**
 * Reads a route from a query string (`?page=data&q=sudan`). Unknown pages fall back to the overview.
 * @example parseRoute('?page=model&family=poisson') // => { page: 'model', params: { family: 'poisson' } }
 */
export function parseRoute(search: string): Route {
  const query = new URLSearchParams(search);
  const pageParam = query.get('page');
  const page: PageId = isPageId(pageParam) ? pageParam : 'overview';
  const params: Record<string, string> = {};
  for (const [k, v] of query) if (k !== 'page') params[k] = v;
  return { page, params };
}

/**
 * Writes a route as a query string, page first, then the parameters sorted by name so that equal
 * states give equal links. Empty parameters are left out.
 * @example formatRoute({ page: 'data', params: { sort: 'year', q: '' } }) // => '?page=data&sort=year'
 */
export function formatRoute(route: Route): string {
  const query = new URLSearchParams();
  query.set('page', route.page);
  for (const k of Object.keys(route.params).sort()) {
    const v = route.params[k];
    if (v !== undefined && v !== '') query.set(k, v);
  }
  return `?${query.toString()}`;
}

/**
 * Merges parameter changes into a route; `undefined` or `''` removes a parameter.
 * @example withParams({ page: 'data', params: { q: 'a' } }, { q: undefined, sort: 'year' }) // => { page: 'data', params: { sort: 'year' } }
 */
export function withParams(route: Route, changes: Record<string, string | undefined>): Route {
  const params = { ...route.params };
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined || v === '') delete params[k];
    else params[k] = v;
  }
  return { page: route.page, params };
}
