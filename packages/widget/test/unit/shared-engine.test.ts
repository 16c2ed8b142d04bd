import { describe, expect, it } from 'vitest';
import { releaseEngine, retainEngine, sharedEngine } from '../../src/partnership-effect/shared-engine.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the shared engine', () => {
  it('is one engine for every element, ended only after the last one has been gone a while', async () => {
    retainEngine();
    retainEngine();
    const first = sharedEngine();
    expect(sharedEngine()).toBe(first);
    releaseEngine(10);
    await sleep(30);
    expect(sharedEngine()).toBe(first); // one element still on the page
    releaseEngine(10);
    retainEngine(); // re-added before the delay ran out (an SPA re-render)
    await sleep(30);
    expect(sharedEngine()).toBe(first);
    releaseEngine(10);
    await sleep(30);
    expect(sharedEngine()).not.toBe(first);
  });
});
