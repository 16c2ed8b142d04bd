import { afterEach, describe, expect, it } from 'vitest';
import { LiveFitLoader } from '../../src/partnership-effect/live-fit-loader.js';

const g = globalThis as { __engineCalls?: string[] };

/** A stand-in live-fit module as a `data:` URL (Node imports those), recording retain/release calls. */
function fakeEngine(tag: string): URL {
  const src = `export const retainFitter = () => globalThis.__engineCalls.push('retain ${tag}');
export const releaseFitter = () => globalThis.__engineCalls.push('release ${tag}');`;
  return new URL(`data:text/javascript,${encodeURIComponent(src)}`);
}

afterEach(() => {
  delete g.__engineCalls;
});

describe('LiveFitLoader (the element side of the lazy live-fit module)', () => {
  it('imports nothing until asked, then once, and forwards the use counts made before and after', async () => {
    g.__engineCalls = [];
    const loader = new LiveFitLoader(fakeEngine('a'));
    loader.retain();
    loader.retain();
    loader.release();
    expect(loader.loaded).toBeUndefined();
    expect(g.__engineCalls).toEqual([]);
    const [m1, m2] = await Promise.all([loader.load(), loader.load()]);
    expect(m1).toBe(m2);
    expect(loader.loaded).toBe(m1);
    // One element is still counted: the live-fit module learns of it on load.
    expect(g.__engineCalls).toEqual(['retain a']);
    loader.retain();
    loader.release();
    loader.release();
    loader.release(); // more releases than retains do not go below zero on this side
    expect(g.__engineCalls).toEqual(['retain a', 'retain a', 'release a', 'release a', 'release a']);
  });

  it('reports a failed import and tries again on the next call', async () => {
    const loader = new LiveFitLoader(new URL('data:text/javascript,throw new Error("offline")'));
    const first = loader.load();
    expect(loader.load()).toBe(first); // shared while pending
    await expect(first).rejects.toThrow('offline');
    expect(loader.loaded).toBeUndefined();
    const second = loader.load();
    expect(second).not.toBe(first); // a fresh attempt, not the cached failure
    await expect(second).rejects.toThrow('offline');
  });
});
