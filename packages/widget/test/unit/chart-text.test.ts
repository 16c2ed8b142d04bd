import type { EffectCurve } from '@peacepanel/charts';
import { describe, expect, it } from 'vitest';
import fr from '../../src/locales/fr.js';
import { effectReading } from '../../src/partnership-effect/chart-text.js';
import { createFormats, messagesFor, provideMessages } from '../../src/partnership-effect/i18n.js';

// French is a lazily loaded module in the built widget; here it is provided directly.
provideMessages('fr', fr);

const curve = (nonun: number, rows: [number, number, number, number][]): EffectCurve => ({
  nonun,
  points: rows.map(([un, fit, lower, upper]) => ({ un, fit, lower, upper })),
});
const none = curve(0, [
  [0, 90, 70, 115],
  [10000, 60, 45, 80],
  [20000, 40, 25, 60],
]);
const read = (other: EffectCurve, lang: 'en' | 'fr' = 'en') =>
  effectReading(messagesFor(lang), createFormats(lang), { curves: [none, other], ciLevel: 0.95 });

describe('the effect chart reading says where the intervals overlap, from the numbers', () => {
  it('overlap everywhere: the text says the data cannot tell the lines apart', () => {
    const t = read(
      curve(8000, [
        [0, 80, 63, 102],
        [10000, 45, 30, 66],
        [20000, 20, 8, 50],
      ]),
    );
    expect(t).toMatch(/^With no non-UN partner, predicted battle deaths fall from 90 a month/);
    expect(t).toContain('overlap at every UN troop number shown: the data cannot tell them apart');
  });

  it('overlap in part: the ranges are named; nowhere: it says so', () => {
    const part = read(
      curve(8000, [
        [0, 80, 63, 102],
        [10000, 30, 20, 40],
        [20000, 10, 5, 20],
      ]),
    );
    expect(part).toContain(
      'the line with 8,000 non-UN troops overlap at 0 UN troops, where the data cannot tell them apart',
    );
    const apart = read(
      curve(8000, [
        [0, 10, 5, 20],
        [10000, 10, 5, 20],
        [20000, 10, 5, 20],
      ]),
    );
    expect(apart).toContain('do not overlap at any UN troop number shown');
    expect(
      read(
        curve(8000, [
          [0, 80, 63, 102],
          [10000, 30, 20, 40],
          [20000, 30, 20, 40],
        ]),
        'fr',
      ),
    ).toMatch(/se chevauchent à 0 et à 20\s000 soldats de l’ONU/u);
  });
});
