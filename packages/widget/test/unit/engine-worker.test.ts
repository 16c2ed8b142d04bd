import { afterEach, describe, expect, it } from 'vitest';
import {
  ENGINE_WORKER_NAME,
  isEngineWorkerScope,
  isWindowScope,
} from '../../src/engine-worker/engine-worker-scope.js';
import { engineWorkerSource } from '../../src/engine-worker/start-engine-worker.js';

const g = globalThis as { name?: unknown };

describe('the one-file bundle as its own engine worker', () => {
  afterEach(() => {
    delete g.name;
  });

  it('starts the worker from a module that imports the script by its absolute URL', () => {
    const script = new URL(
      'https://cdn.example.org/npm/@peacepanel/widget@0.1/dist/partnership-effect.js?v="1"',
    );
    expect(engineWorkerSource(script)).toBe(
      'import "https://cdn.example.org/npm/@peacepanel/widget@0.1/dist/partnership-effect.js?v=%221%22";\n',
    );
  });

  it('serves the engine only in a DOM-less scope named as the engine worker, and defines the element only with a DOM', () => {
    expect(isWindowScope()).toBe(false); // vitest runs in Node here
    expect(isEngineWorkerScope()).toBe(false); // another worker, or server-side rendering
    g.name = ENGINE_WORKER_NAME;
    expect(isEngineWorkerScope()).toBe(true);
    g.name = 'someone-elses-worker';
    expect(isEngineWorkerScope()).toBe(false);
  });
});
