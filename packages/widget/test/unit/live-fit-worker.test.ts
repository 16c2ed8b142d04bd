import { afterEach, describe, expect, it } from 'vitest';
import { liveFitWorkerSource } from '../../src/live-fit-worker/start-live-fit-worker.js';
import {
  isLiveFitWorkerScope,
  isWindowScope,
  LIVE_FIT_WORKER_NAME,
} from '../../src/live-fit-worker/worker-scope.js';

const g = globalThis as { name?: unknown };

describe('the one-file bundle as its own live-fit worker', () => {
  afterEach(() => {
    delete g.name;
  });

  it('starts the worker from a module that imports the script by its absolute URL', () => {
    const script = new URL(
      'https://cdn.example.org/npm/@peacepanel/widget@0.1/dist/partnership-effect.js?v="1"',
    );
    expect(liveFitWorkerSource(script)).toBe(
      'import "https://cdn.example.org/npm/@peacepanel/widget@0.1/dist/partnership-effect.js?v=%221%22";\n',
    );
  });

  it('serves the estimators only in a DOM-less scope named as the live-fit worker, and defines the element only with a DOM', () => {
    expect(isWindowScope()).toBe(false); // vitest runs in Node here
    expect(isLiveFitWorkerScope()).toBe(false); // another worker, or server-side rendering
    g.name = LIVE_FIT_WORKER_NAME;
    expect(isLiveFitWorkerScope()).toBe(true);
    g.name = 'someone-elses-worker';
    expect(isLiveFitWorkerScope()).toBe(false);
  });
});
