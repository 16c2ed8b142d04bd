import { describe, expect, it } from 'vitest';
import { monthIndex } from '../src/io/cells.js';
import { ORG_TYPE_KEYS, ORG_TYPES } from '../src/partnership/org-types.js';
import {
  handoverSuccessors,
  type MonthDeployment,
  PARTNERSHIP_MODES,
  partnershipMode,
} from '../src/partnership/partnership-mode.js';

const m = (y: number, mo: number) => monthIndex(y, mo);

describe('partnershipMode', () => {
  it('follows the documented precedence for every combination', () => {
    const flags = [false, true];
    for (const un of flags)
      for (const nonun of flags)
        for (const supported of flags)
          for (const successor of flags) {
            const d: MonthDeployment = { un, nonun, supported, successor };
            const want =
              un && nonun
                ? 'parallel'
                : nonun && supported
                  ? 'support'
                  : (un || nonun) && successor
                    ? 'sequential'
                    : un
                      ? 'un-only'
                      : nonun
                        ? 'non-un-only'
                        : 'none';
            expect(partnershipMode(d), JSON.stringify(d)).toBe(want);
          }
  });
  it('lists the modes in order of precedence', () => {
    expect(PARTNERSHIP_MODES).toEqual([
      'parallel',
      'support',
      'sequential',
      'un-only',
      'non-un-only',
      'none',
    ]);
  });
  it('a support operation without a non-UN mission deployed is not support', () => {
    expect(partnershipMode({ un: false, nonun: false, supported: true, successor: false })).toBe('none');
  });
});

describe('handoverSuccessors', () => {
  it('finds the hand-overs of the issue (gap or short overlap within 6 months)', () => {
    const s = handoverSuccessors([
      { id: 'AMIS', side: 'nonun', start: m(2004, 8), end: m(2007, 12) },
      { id: 'UNAMID', side: 'un', start: m(2007, 11), end: null }, // overlaps AMIS by two months
      { id: 'AFISMA', side: 'nonun', start: m(2013, 1), end: m(2013, 6) },
      { id: 'MINUSMA', side: 'un', start: m(2013, 7), end: null },
    ]);
    expect([...s].sort()).toEqual(['MINUSMA', 'UNAMID']);
  });
  it('the reverse: a non-UN mission after a UN mission', () => {
    const s = handoverSuccessors([
      { id: 'UN1', side: 'un', start: m(2000, 1), end: m(2005, 6) },
      { id: 'RO1', side: 'nonun', start: m(2005, 12), end: null },
    ]);
    expect([...s]).toEqual(['RO1']);
  });
  it('no hand-over after a gap of more than 6 months, between missions of one side, or from a later mission', () => {
    expect(
      handoverSuccessors([
        { id: 'RO1', side: 'nonun', start: m(2000, 1), end: m(2003, 1) },
        { id: 'UN1', side: 'un', start: m(2003, 8), end: null }, // 7 months later
        { id: 'RO2', side: 'nonun', start: m(2003, 2), end: null }, // same side as RO1
      ]).size,
    ).toBe(0);
    expect(
      handoverSuccessors(
        [
          { id: 'RO1', side: 'nonun', start: m(2000, 1), end: m(2003, 1) },
          { id: 'UN1', side: 'un', start: m(2003, 7), end: null },
        ],
        6,
      ),
    ).toEqual(new Set(['UN1']));
  });
});

describe('organisation types', () => {
  it('one column key per missions.csv org_type', () => {
    expect(ORG_TYPES.map((o) => ORG_TYPE_KEYS[o])).toEqual(['ro', 'eu', 'state', 'coalition']);
  });
});
