/**
 * The four-deployment scenario of the partnership model: predicted monthly battle deaths with no
 * troops, UN troops only, non-UN troops only and both (Schumann & Bara 2023, ISQ, figure 2 logic),
 * and the UN troops needed for the same reduction without and with the non-UN partner.
 */

import { type FittedModel, partnershipEffect, unTroopsForReduction } from '@peacepanel/core';
import type { PredictedDeaths, ScenarioRequest, ScenarioResponse } from '../api.js';

/**
 * Evaluates the scenario with core's `partnershipEffect` on the grid UN ∈ {0, un} × non-UN ∈ {0, nonun}
 * (other covariates at `at` or their sample means) and core's `unTroopsForReduction`. The target
 * reduction (relative to no troops at all) defaults to what UN troops alone achieve at `un`, so
 * `withPartner` shows how many UN troops the partner saves.
 * @throws Error when core returns fewer curves or points than asked for (a core bug, not user input).
 * @example import { COUNTRY_MONTH_SPEC, addPartnershipVariables, fitModelDetailed, tableFromDataset } from '@peacepanel/core';
 * import { readFileSync } from 'node:fs';
 * const json = JSON.parse(readFileSync(new URL('../../../data/datasets/africa-cm.json', import.meta.url), 'utf8'));
 * const model = fitModelDetailed(COUNTRY_MONTH_SPEC, addPartnershipVariables(tableFromDataset(json)));
 * scenario(model, { un: 5, nonun: 5 }).deaths.both.fit // => 148.902
 */
export function scenario(model: FittedModel, req: ScenarioRequest): ScenarioResponse {
  const effect = partnershipEffect(model, {
    unGrid: [0, req.un],
    nonunLevels: [0, req.nonun],
    ...(req.at ? { at: req.at } : {}),
    ...(req.ciLevel !== undefined ? { ciLevel: req.ciLevel } : {}),
  });
  const cell = (curve: number, point: number): PredictedDeaths => {
    const p = effect.curves[curve]?.points[point];
    if (!p) throw new Error(`partnershipEffect returned no point (${curve}, ${point})`);
    return { fit: p.fit, lower: p.lower, upper: p.upper };
  };
  const deaths = { none: cell(0, 0), unOnly: cell(0, 1), nonunOnly: cell(1, 0), both: cell(1, 1) };
  const reductionOf = (d: PredictedDeaths) => 1 - d.fit / deaths.none.fit;
  const reductions = {
    unOnly: reductionOf(deaths.unOnly),
    nonunOnly: reductionOf(deaths.nonunOnly),
    both: reductionOf(deaths.both),
  };
  const target = req.reduction ?? reductions.unOnly;
  const at = req.at ? { at: req.at } : {};
  const needed = (nonun: number): { un: number | null; note: string } => {
    if (!(target > 0 && target < 1))
      return {
        un: null,
        note: `no reduction to match: at ${req.un} thousand, UN troops alone ${target <= 0 ? 'do not lower' : 'remove all'} predicted deaths`,
      };
    const r = unTroopsForReduction(model, { reduction: target, nonun, baseline: 'no-troops', ...at });
    return { un: r.un, note: r.note };
  };
  return {
    un: req.un,
    nonun: req.nonun,
    deaths,
    reductions,
    unNeeded: {
      target,
      withoutPartner: needed(0),
      withPartner: needed(req.nonun),
    },
  };
}
