/** @peacepanel/worker: the comlink boundary over @peacepanel/core. See api.ts for the contract. */
export { VERSION as CORE_VERSION } from '@peacepanel/core';
