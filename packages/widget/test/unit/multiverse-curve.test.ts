import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compactCurve, readMultiverseResult } from '../../scripts/multiverse-curve.js';
import {
  decodeCurve,
  MULTIVERSE_CURVE_FILE,
  type MultiverseCurveFile,
} from '../../src/partnership-effect/multiverse-curve.js';

const dist = join(dirname(fileURLToPath(import.meta.url)), '../../dist');
const result = readMultiverseResult();
const fresh = compactCurve(result);

describe("the robustness view's compact multiverse result (dist/multiverse-curve.json)", () => {
  it('is what a fresh derivation from packages/data/generated/multiverse-result.json gives (run `pnpm build`)', () => {
    const shipped = JSON.parse(
      readFileSync(join(dist, MULTIVERSE_CURVE_FILE), 'utf8'),
    ) as MultiverseCurveFile;
    expect(shipped).toEqual(fresh);
  });

  it('holds every specification of the run, sorted, with the main specification once', () => {
    expect(fresh.total).toBe(result.specifications);
    expect(fresh.points.length + fresh.missing).toBe(result.rows.length);
    const estimates = fresh.points.map((p) => p[0]);
    expect(estimates).toEqual([...estimates].sort((a, b) => a - b));
    const d = decodeCurve(fresh);
    expect(d.points.filter((p) => p.main).map((p) => p.id)).toEqual([result.mainId]);
    expect(new Set(d.points.map((p) => p.id)).size).toBe(d.points.length);
    const main = result.rows.find((r) => r.id === result.mainId);
    const mainPoint = d.points.find((p) => p.main);
    expect(mainPoint?.estimate).toBeCloseTo(main?.partnership?.estimate ?? Number.NaN, 3);
    expect(mainPoint?.options).toEqual(Object.values(main?.choices ?? {}));
  });

  it("gives the counts of core's summary (the reading is counted from the file)", () => {
    const s = result.summary.quantities.find((q) => q.quantity === 'partnership');
    const d = decodeCurve(fresh);
    expect(d.points.filter((p) => p.cls === 'sign' || p.cls === 'sign-significant').length).toBe(s?.withSign);
    expect(d.points.filter((p) => p.cls === 'sign-significant').length).toBe(s?.significant);
  });
});
