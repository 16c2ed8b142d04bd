import type { Route } from '../routing/route.js';
import type { Router } from '../routing/router.js';
import type { DatasetStore } from '../services/dataset-store.js';

/** What every page receives: the router (URL state) and the active dataset. */
export interface AppContext {
  router: Router;
  data: DatasetStore;
}

/** A mounted page: it re-renders when the route changes and cleans up (aborts work) when left. */
export interface PageView {
  update(route: Route): void;
  dispose(): void;
}

/** The shape of every page module (`pages/<name>/index.ts`), loaded on demand. */
export interface PageModule {
  mountPage(host: HTMLElement, ctx: AppContext, route: Route): PageView;
}
