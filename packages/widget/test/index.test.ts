import { describe, expect, it } from 'vitest';
import { TAG_NAME } from '../src/index.js';

describe('@peacepanel/widget', () => {
  it('names its element with a hyphen, as custom elements require', () => {
    expect(TAG_NAME).toContain('-');
  });
});
