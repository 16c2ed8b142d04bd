import { describe, expect, it } from 'vitest';
import { DATASET_IDS } from '../src/index.js';

describe('@peacepanel/data', () => {
  it('lists its datasets', () => {
    expect(Array.isArray(DATASET_IDS)).toBe(true);
  });
});
