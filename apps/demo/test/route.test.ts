import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute, withParams } from '../src/routing/route.js';

describe('route', () => {
  it('round-trips a page and its parameters', () => {
    const r = { page: 'data' as const, params: { q: 'sudan', sort: 'battle_deaths:desc' } };
    expect(parseRoute(formatRoute(r))).toEqual(r);
  });
  it('falls back to the overview for unknown pages', () => {
    expect(parseRoute('?page=nope&x=1')).toEqual({ page: 'overview', params: { x: '1' } });
  });
  it('writes parameters sorted and drops empty ones, so equal states give equal links', () => {
    expect(formatRoute({ page: 'model', params: { z: '1', a: '', b: '2' } })).toBe('?page=model&b=2&z=1');
  });
  it('removes a parameter set to undefined', () => {
    expect(withParams({ page: 'data', params: { q: 'a', c: 'x' } }, { q: undefined })).toEqual({
      page: 'data',
      params: { c: 'x' },
    });
  });
});
