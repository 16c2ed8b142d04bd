import type { FittedModel } from '../estimators/fitted-model.js';
import { partnershipEffect } from '../inference/partnership-effect.js';
import { unTroopsForReduction } from '../inference/un-troops-for-reduction.js';

/** What to compare: UN and non-UN troops (thousands) and, optionally, the reduction to match. */
export interface ScenarioOptions {
  /** UN troops (thousands). */
  un: number;
  /** Non-UN troops (thousands). */
  nonun: number;
  /** Target reduction as a share (0.5 = halve deaths); defaults to the reduction UN troops alone achieve at `un`. */
  reduction?: number;
  /** Values for other covariates (default: sample means; factors at their reference level). */
  at?: Record<string, number | string>;
  ciLevel?: number;
}

/** Predicted monthly battle deaths with its interval. */
export interface PredictedDeaths {
  fit: number;
  lower: number;
  upper: number;
}

/** UN troops (thousands) needed for a target reduction; `un` is null when no number of troops reaches it. */
export interface UnNeeded {
  un: number | null;
  note: string;
}

/** The four-deployment scenario and the UN troops needed for the same reduction without and with the partner. */
export interface PartnershipScenario {
  un: number;
  nonun: number;
  deaths: {
    none: PredictedDeaths;
    unOnly: PredictedDeaths;
    nonunOnly: PredictedDeaths;
    both: PredictedDeaths;
  };
  /** Reduction relative to no troops (shares; negative = increase). */
  reductions: { unOnly: number; nonunOnly: number; both: number };
  /** UN troops (thousands) needed for `target`. */
  unNeeded: { target: number; withoutPartner: UnNeeded; withPartner: UnNeeded };
}

/**
 * The scenario estimand of the partnership model: predicted monthly battle deaths with no troops, UN
 * troops only, non-UN troops only and both (core's `partnershipEffect` on the grid UN ∈ {0, un} ×
 * non-UN ∈ {0, nonun}, other covariates at `at` or their sample means), and the UN troops needed for
 * the same reduction without and with the non-UN partner (`unTroopsForReduction`, relative to no troops
 * at all). The target reduction defaults to what UN troops alone achieve at `un`, so `withPartner`
 * shows how many UN troops the partner saves.
 * Reference: Schumann & Bara (2023) ISQ, Figure 2 logic (deaths by deployment type).
 * @throws Error when core returns fewer curves or points than asked for (a bug, not user input).
 * @example const { deaths } = partnershipScenario(countryMonthModel, { un: 5, nonun: 5 });
 * [deaths.none.fit, deaths.both.fit] // => [144.151, 148.902]
 */
export function partnershipScenario(model: FittedModel, req: ScenarioOptions): PartnershipScenario {
  const deaths = scenarioDeaths(model, req);
  const reductionOf = (d: PredictedDeaths) => 1 - d.fit / deaths.none.fit;
  const reductions = {
    unOnly: reductionOf(deaths.unOnly),
    nonunOnly: reductionOf(deaths.nonunOnly),
    both: reductionOf(deaths.both),
  };
  const target = req.reduction ?? reductions.unOnly;
  const at = req.at ? { at: req.at } : {};
  const needed = (nonun: number): UnNeeded => {
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
    unNeeded: { target, withoutPartner: needed(0), withPartner: needed(req.nonun) },
  };
}

/** The four cells: predicted deaths at (0 | un) × (0 | nonun). */
function scenarioDeaths(model: FittedModel, req: ScenarioOptions): PartnershipScenario['deaths'] {
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
  return { none: cell(0, 0), unOnly: cell(0, 1), nonunOnly: cell(1, 0), both: cell(1, 1) };
}
