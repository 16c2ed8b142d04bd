import type { PageId } from '../routing/route.js';
import type { PageModule } from './page-view.js';

/**
 * One dynamic import per page, so each page is its own chunk and the first load stays small.
 * @example await PAGE_LOADERS.data() // the Data page module
 */
export const PAGE_LOADERS: Record<PageId, () => Promise<PageModule>> = {
  overview: () => import('../pages/overview/index.js'),
  data: () => import('../pages/data/index.js'),
  model: () => import('../pages/model/index.js'),
  scenarios: () => import('../pages/scenarios/index.js'),
  robustness: () => import('../pages/robustness/index.js'),
  embed: () => import('../pages/embed/index.js'),
  method: () => import('../pages/method/index.js'),
  gallery: () => import('../pages/gallery/index.js'),
};
