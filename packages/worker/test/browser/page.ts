/**
 * The test page: puts `createClient` and a Vite-bundled module worker factory on `window`, so the
 * browser test can drive a real Web Worker through the client.
 */
import { createClient } from '../../src/index.js';

const workerFactory = () => new Worker(new URL('../../src/worker.ts', import.meta.url), { type: 'module' });

declare global {
  interface Window {
    peacepanel: { createClient: typeof createClient; workerFactory: typeof workerFactory };
  }
}

window.peacepanel = { createClient, workerFactory };
document.body.dataset.ready = 'true';
