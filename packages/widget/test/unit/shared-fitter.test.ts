import { describe, expect, it } from 'vitest';
import { releaseFitter, retainFitter, sharedFitter } from '../../src/partnership-effect/shared-fitter.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the shared live fitter', () => {
  it('is one live fitter for every element, ended only after the last one has been gone a while', async () => {
    retainFitter();
    retainFitter();
    const first = sharedFitter();
    expect(sharedFitter()).toBe(first);
    releaseFitter(10);
    await sleep(30);
    expect(sharedFitter()).toBe(first); // one element still on the page
    releaseFitter(10);
    retainFitter(); // re-added before the delay ran out (an SPA re-render)
    await sleep(30);
    expect(sharedFitter()).toBe(first);
    releaseFitter(10);
    await sleep(30);
    expect(sharedFitter()).not.toBe(first);
  });
});
