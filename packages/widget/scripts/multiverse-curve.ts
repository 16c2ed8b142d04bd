/**
 * Derives the robustness view's compact multiverse result (`multiverse-curve.json`) from the shipped
 * multiverse run (`@peacepanel/data`'s `generated/multiverse-result.json`) with core's
 * `specificationCurve`: the partnership ratio of every specification, sorted, with its interval, class
 * and choices. Run by `scripts/build-views.ts`; `test/unit/multiverse-curve.test.ts` fails when the
 * shipped file differs from a fresh derivation.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type MultiverseResult, specificationCurve } from '@peacepanel/core';
import {
  CURVE_CLASSES,
  MULTIVERSE_CURVE_FORMAT,
  type MultiverseCurveFile,
} from '../src/partnership-effect/multiverse-curve.js';

/** The shipped multiverse run. */
export const MULTIVERSE_RESULT = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../data/generated/multiverse-result.json',
);

const sig = (x: number) => Number(x.toPrecision(4));

/**
 * The compact curve of the partnership ratio.
 * @example compactCurve(readMultiverseResult()).points.length // 1080
 */
export function compactCurve(result: MultiverseResult): MultiverseCurveFile {
  const curve = specificationCurve(result, 'partnership');
  const choices = result.grid.map((c) => ({
    name: c.name,
    options: c.options.map((o) => o.id).filter((id) => result.rows.some((r) => r.choices[c.name] === id)),
  }));
  const byId = new Map(result.rows.map((r) => [r.id, r]));
  const points = curve.points.map((p): MultiverseCurveFile['points'][number] => {
    const row = byId.get(p.id);
    if (!row) throw new Error(`multiverse-result.json: no row ${p.id}`);
    const digits = choices.map((c) => c.options.indexOf(row.choices[c.name as keyof typeof row.choices]));
    if (digits.some((d) => d < 0 || d > 9))
      throw new Error(`multiverse-result.json: row ${p.id} has an unknown option`);
    return [sig(p.estimate), sig(p.lower), sig(p.upper), CURVE_CLASSES.indexOf(p.cls), digits.join('')];
  });
  return {
    format: MULTIVERSE_CURVE_FORMAT,
    quantity: 'partnership',
    datasets: result.datasets,
    alpha: result.summary.alpha,
    total: curve.total,
    missing: curve.missing,
    mainId: result.mainId,
    choices,
    points,
  };
}

/**
 * Reads the shipped multiverse run.
 * @example readMultiverseResult().specifications // 1080
 */
export function readMultiverseResult(file = MULTIVERSE_RESULT): MultiverseResult {
  return JSON.parse(readFileSync(file, 'utf8')) as MultiverseResult;
}
