import { tableFromRows } from '@peacepanel/core';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../src/pages/data/table-query.js';
import { visibleWindow } from '../src/pages/data/virtual-window.js';

const t = tableFromRows([
  { country: 'Mali', ym: '2013-01', deaths: 5 },
  { country: 'Sudan', ym: '2013-01', deaths: null },
  { country: 'Mali', ym: '2013-02', deaths: 50 },
  { country: 'Chad', ym: '2013-01', deaths: 5 },
]);

describe('queryRows', () => {
  it('filters on any text column, case-insensitively', () => {
    expect([...queryRows(t, { search: 'MAL', sortColumn: undefined, sortDirection: 'asc' })]).toEqual([0, 2]);
    expect([...queryRows(t, { search: '2013-02', sortColumn: undefined, sortDirection: 'asc' })]).toEqual([
      2,
    ]);
  });
  it('sorts numbers both ways with missing values last and ties in file order', () => {
    expect([...queryRows(t, { search: '', sortColumn: 'deaths', sortDirection: 'asc' })]).toEqual([
      0, 3, 2, 1,
    ]);
    expect([...queryRows(t, { search: '', sortColumn: 'deaths', sortDirection: 'desc' })]).toEqual([
      2, 0, 3, 1,
    ]);
  });
  it('sorts strings', () => {
    expect([...queryRows(t, { search: '', sortColumn: 'country', sortDirection: 'desc' })]).toEqual([
      1, 0, 2, 3,
    ]);
  });
});

describe('visibleWindow', () => {
  it('renders the rows in view plus the overscan and keeps the full scroll height', () => {
    const w = visibleWindow({ scrollTop: 320, viewport: 400, rowHeight: 32, total: 10_000, overscan: 5 });
    expect(w).toEqual({ start: 5, end: 28, padTop: 160, padBottom: (10_000 - 28) * 32 });
    expect(w.padTop + (w.end - w.start) * 32 + w.padBottom).toBe(10_000 * 32);
  });
  it('clamps at both ends', () => {
    expect(visibleWindow({ scrollTop: 0, viewport: 400, rowHeight: 32, total: 3, overscan: 5 })).toEqual({
      start: 0,
      end: 3,
      padTop: 0,
      padBottom: 0,
    });
    const end = visibleWindow({ scrollTop: 1e9, viewport: 400, rowHeight: 32, total: 100, overscan: 5 });
    expect(end.end).toBe(100);
    expect(end.padBottom).toBe(0);
  });
});
