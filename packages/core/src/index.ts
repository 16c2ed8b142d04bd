/**
 * @peacepanel/core: the data model, importers and estimators of peacepanel. No DOM; runs in Node,
 * workers and browsers.
 */

export * from './errors.js';
export { VERSION } from './version.js';
