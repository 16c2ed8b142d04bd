// The partnership domain in core: typical levels (one definition for the report, the multiverse and the
// widget), the UN troop grid, and the scenario estimand (moved from the worker's engine/scenario.ts, with
// the worker's compute test of it duplicated here on the bundled country-month panel).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fitModelDetailed } from '../src/estimators/fit-model.js';
import { partnershipEffect } from '../src/inference/partnership-effect.js';
import { unTroopsForReduction } from '../src/inference/un-troops-for-reduction.js';
import { tableFromDataset } from '../src/panel/dataset.js';
import { addPartnershipVariables } from '../src/panel/derive.js';
import { COUNTRY_MONTH_SPEC } from '../src/partnership/default-spec.js';
import { partnershipScenario } from '../src/partnership/scenario.js';
import { thousandsToTroops, troopsToThousands, unTroopGrid } from '../src/partnership/troop-grid.js';
import { typicalLevels, typicalMedians, typicalTroops } from '../src/partnership/typical-levels.js';
import { tableFromRows } from '../src/table.js';

// A tiny hand-written dataset (3 rows) to test the definitions; not real data.
const mini = {
  id: 'mini',
  version: '0',
  title: 'mini',
  source: 'test',
  caveat: '',
  columns: [
    { name: 'country', kind: 'string' as const, values: ['Mali', 'Mali', 'Chad'] },
    { name: 'un_troops', kind: 'number' as const, values: [0, 12000, 3000] },
    { name: 'nonun_troops', kind: 'number' as const, values: [500, 4000, 0] },
  ],
};

describe('typical levels', () => {
  it('takes the UN median over UN months and the partner median over months with both', () => {
    expect(typicalMedians([0, 12000, 3000], [500, 4000, 0])).toEqual({
      un: 7500,
      partner: 4000,
      unMonths: 2,
      partneredMonths: 1,
    });
    // even count: the ordinary median (type 7 at 0.5); zero and missing values never count
    expect(typicalMedians([0, 3, 5, 9, null, Number.NaN], []).un).toBe(5);
    expect(typicalMedians([0, 3, 5, 9, 11], []).un).toBe(7);
    expect(typicalMedians([0, 0], [1, 1])).toEqual({
      un: null,
      partner: null,
      unMonths: 0,
      partneredMonths: 0,
    });
  });

  it('gives the widget its defaults in troops, rounded to 500 (null when no month qualifies)', () => {
    expect(typicalTroops(mini)).toEqual({ un: 7500, nonun: 4000 });
    expect(typicalTroops({ ...mini, columns: [] })).toEqual({ un: null, nonun: null });
    const small = {
      ...mini,
      columns: [
        { name: 'un_troops', kind: 'number' as const, values: [0, 12000, 3000] },
        { name: 'nonun_troops', kind: 'number' as const, values: [0, 120, 0] },
      ],
    };
    expect(typicalTroops(small).nonun).toBe(500);
  });

  it('gives the models their levels in thousands, rounded to half a thousand (1 when none)', () => {
    const t = tableFromRows([
      { u: 0, n: 0.5 },
      { u: 12, n: 4.2 },
      { u: 3, n: 0 },
    ]);
    expect(typicalLevels(t, { un: 'u', nonun: 'n' })).toEqual({
      un: 7.5,
      partner: 4,
      unMonths: 2,
      partneredMonths: 1,
    });
    expect(typicalLevels(t, { un: 'u', nonun: 'n' }, true).partner).toBe(1);
    expect(typicalLevels(t, { un: 'none', nonun: 'n' })).toMatchObject({ un: 1, partner: 1, unMonths: 0 });
  });
});

describe('UN troop grid', () => {
  it('is evenly spaced from 0 to the maximum, in troops and thousands', () => {
    const g = unTroopGrid(20000, 4);
    expect(g.troops).toEqual([0, 5000, 10000, 15000, 20000]);
    expect(g.thousands).toEqual([0, 5, 10, 15, 20]);
    expect(unTroopGrid(12345).thousands).toHaveLength(41);
    expect(unTroopGrid(12345).thousands[40]).toBe(12.345);
    expect(troopsToThousands(7500)).toBe(7.5);
    expect(thousandsToTroops(0.1 + 0.2)).toBe(300);
  });
});

describe('partnershipScenario', () => {
  const africa = addPartnershipVariables(
    tableFromDataset(
      JSON.parse(readFileSync(new URL('../../data/datasets/africa-cm.json', import.meta.url), 'utf8')),
    ),
  );
  const model = fitModelDetailed(COUNTRY_MONTH_SPEC, africa);

  it('reads its four cells off the partnership-effect curves at (0|un, 0|nonun)', () => {
    const effect = partnershipEffect(model, { unGrid: [0, 5, 10], nonunLevels: [0, 5] });
    const s = partnershipScenario(model, { un: 5, nonun: 5 });
    const curve = (nonun: number) => effect.curves.find((c) => c.nonun === nonun)?.points;
    expect(s.deaths.none.fit).toBeCloseTo(curve(0)?.[0]?.fit ?? Number.NaN, 10);
    expect(s.deaths.unOnly.fit).toBeCloseTo(curve(0)?.[1]?.fit ?? Number.NaN, 10);
    expect(s.deaths.nonunOnly.fit).toBeCloseTo(curve(5)?.[0]?.fit ?? Number.NaN, 10);
    expect(s.deaths.both.fit).toBeCloseTo(curve(5)?.[1]?.fit ?? Number.NaN, 10);
    expect(s.deaths.both.lower).toBeLessThanOrEqual(s.deaths.both.fit);
    expect(s.deaths.both.upper).toBeGreaterThanOrEqual(s.deaths.both.fit);
    expect(s.reductions.unOnly).toBeCloseTo(1 - s.deaths.unOnly.fit / s.deaths.none.fit, 12);
    expect(s.reductions.both).toBeCloseTo(1 - s.deaths.both.fit / s.deaths.none.fit, 12);
    expect(s.unNeeded.target).toBe(s.reductions.unOnly);
  });

  it('finds the UN troops needed for the target with and without the partner', () => {
    const s = partnershipScenario(model, { un: 5, nonun: 5, reduction: 0.3 });
    expect(s.unNeeded.target).toBe(0.3);
    const alone = unTroopsForReduction(model, { reduction: 0.3, nonun: 0, baseline: 'no-troops' });
    const partnered = unTroopsForReduction(model, { reduction: 0.3, nonun: 5, baseline: 'no-troops' });
    expect(s.unNeeded.withoutPartner).toEqual({ un: alone.un, note: alone.note });
    expect(s.unNeeded.withPartner).toEqual({ un: partnered.un, note: partnered.note });
  });

  it('says there is no reduction to match when UN troops alone do not lower deaths', () => {
    const s = partnershipScenario(model, { un: 5, nonun: 5, reduction: -0.1 });
    expect(s.unNeeded.withoutPartner.un).toBeNull();
    expect(s.unNeeded.withoutPartner.note).toBe(
      'no reduction to match: at 5 thousand, UN troops alone do not lower predicted deaths',
    );
    expect(partnershipScenario(model, { un: 5, nonun: 5, reduction: 1 }).unNeeded.withPartner.note).toMatch(
      /remove all predicted deaths$/,
    );
  });
});
