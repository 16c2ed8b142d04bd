import { describe, expect, it } from 'vitest';
import { CORE_VERSION } from '../src/index.js';

describe('@peacepanel/worker', () => {
  it('links against the built core', () => {
    expect(CORE_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
