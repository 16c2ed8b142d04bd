import {
  intervalOverlapRanges,
  type ModelSpecInput,
  numberColumn,
  PARTNERSHIP_COLUMNS,
  quantileOf,
  roundHalf,
  type Table,
  typicalLevels,
} from '@peacepanel/core';
import { attempt } from './model-summary.js';
import type { BootstrapSummary, NotRun, PartnershipSection, TroopsForReduction } from './numbers.js';
import { type FittedLike, missingReason, need, type Toolkit } from './toolkit.js';

/**
 * Chooses the troop levels the report evaluates, from the data (not typed in):
 * - UN grid: zero to the 95th percentile of UN troops in UN deployment months, in twenty steps;
 * - partner level: the median non-UN strength in months with both UN and non-UN troops;
 * - non-UN levels: none, the partner level, and the 90th percentile of partnered months.
 * @example troopLevels(countryMonthPanel).partnerLevel // => 4
 */
export function troopLevels(sample: Table): {
  unGrid: number[];
  partnerLevel: number;
  nonunLevels: number[];
  atUn: number;
} {
  const un = numberColumn(sample, PARTNERSHIP_COLUMNS.un) ?? new Float64Array(0);
  const nonun = numberColumn(sample, PARTNERSHIP_COLUMNS.nonun) ?? new Float64Array(0);
  const withUn = (i: number) => (un[i] as number) > 0;
  const both = (i: number) => (un[i] as number) > 0 && (nonun[i] as number) > 0;
  const unMax = Math.max(1, Math.round(quantileOf(un, 0.95, withUn) || 1));
  const steps = 20;
  const unGrid = Array.from({ length: steps + 1 }, (_, i) => Number(((unMax * i) / steps).toFixed(6)));
  const typical = typicalLevels(sample, PARTNERSHIP_COLUMNS);
  const partnerLevel = typical.partner;
  const high = roundHalf(quantileOf(nonun, 0.9, both) || partnerLevel * 2);
  const nonunLevels = [...new Set([0, partnerLevel, Math.max(high, partnerLevel)])];
  const atUn = typical.un;
  return { unGrid, partnerLevel, nonunLevels, atUn };
}

/**
 * The partnership effect from the main model: predicted deaths across UN troop levels with and
 * without a partner (delta-method intervals), the marginal effect of UN troops at several non-UN
 * levels, the UN troops needed for a given reduction, and cluster-bootstrap intervals.
 * @example runPartnershipEffect(defaultToolkit(), null, MAIN_SPEC, countryMonthPanel, { seed: 1, reps: 50, ciLevel: 0.95 }).status // => 'not run'
 */
export function runPartnershipEffect<M extends FittedLike>(
  toolkit: Toolkit<M>,
  mainFit: M | null,
  mainSpec: ModelSpecInput,
  sample: Table,
  opts: { seed: number; reps: number; ciLevel: number; reductions?: number[] },
): PartnershipSection | NotRun {
  if (!mainFit) return { status: 'not run', reason: 'the main model did not run' };
  const blocks = need(toolkit, 'partnershipEffect', 'unTroopsForReduction');
  if (!blocks.ok) return { status: 'not run', reason: missingReason(blocks.missing) };
  const { partnershipEffect, unTroopsForReduction } = blocks.blocks;
  return attempt((): PartnershipSection => {
    const levels = troopLevels(sample);
    const ciLevel = opts.ciLevel;
    const effect = partnershipEffect(mainFit, {
      unGrid: levels.unGrid,
      nonunLevels: levels.nonunLevels,
      ciLevel,
    });
    const curves = effect.curves.map((c) => ({ nonun: c.nonun, points: c.points.map((p) => ({ ...p })) }));
    const none = curves.find((c) => c.nonun === 0);
    const partner = curves.find((c) => c.nonun === levels.partnerLevel);
    if (!none || !partner) throw new Error('partnershipEffect did not return the requested non-UN levels');
    const contrasts = none.points
      .map((p, i) => ({ p, q: partner.points[i], i }))
      .filter(({ i }) => i % 5 === 0)
      .map(({ p, q }) => {
        if (!q) throw new Error('partnershipEffect returned curves of different lengths');
        return {
          un: p.un,
          without: { fit: p.fit, lower: p.lower, upper: p.upper },
          with: { fit: q.fit, lower: q.lower, upper: q.upper },
        };
      });
    const atUnEffect = partnershipEffect(mainFit, {
      unGrid: [levels.atUn],
      nonunLevels: levels.nonunLevels,
      ciLevel,
    });
    const marginal = atUnEffect.curves.map((c) => {
      const p = c.points[0];
      if (!p) throw new Error('partnershipEffect returned an empty curve');
      return { nonun: c.nonun, effect: p.marginal, lower: p.marginalLower, upper: p.marginalUpper };
    });
    const reductions = (opts.reductions ?? [0.25, 0.5]).map((reduction) => {
      const at = (nonun: number): TroopsForReduction => {
        const r = unTroopsForReduction(mainFit, { reduction, nonun });
        const finite = (x: number | null | undefined) =>
          x !== undefined && x !== null && Number.isFinite(x) ? x : null;
        return { un: finite(r.un), unMax: finite(r.unMax), ratioAtMax: finite(r.ratioAtMax), note: r.note };
      };
      return { reduction, without: at(0), with: at(levels.partnerLevel) };
    });
    const overlapRanges = intervalOverlapRanges(none.points, partner.points);
    const intervalsOverlap = contrasts.every(
      (c) => c.with.lower <= c.without.upper && c.without.lower <= c.with.upper,
    );
    return {
      status: 'ok',
      ciLevel,
      intervalsOverlap,
      overlapRanges,
      partnerLevel: levels.partnerLevel,
      curves,
      contrasts,
      atUn: levels.atUn,
      marginal,
      reductions,
      bootstrap: runBootstrap(toolkit, mainSpec, sample, opts),
    };
  });
}

function runBootstrap<M extends FittedLike>(
  toolkit: Toolkit<M>,
  spec: ModelSpecInput,
  sample: Table,
  opts: { seed: number; reps: number; ciLevel: number },
): BootstrapSummary | NotRun {
  if (opts.reps <= 0) return { status: 'not run', reason: 'bootstrap replications set to zero' };
  const blocks = need(toolkit, 'clusterBootstrap', 'percentileIntervals');
  if (!blocks.ok) return { status: 'not run', reason: missingReason(blocks.missing) };
  return attempt((): BootstrapSummary => {
    const boot = blocks.blocks.clusterBootstrap(spec, sample, { reps: opts.reps, seed: opts.seed });
    const ci = blocks.blocks.percentileIntervals(boot.draws, boot.terms.length, opts.ciLevel);
    const intervals: BootstrapSummary['intervals'] = {};
    boot.terms.forEach((t, j) => {
      const c = ci[j];
      intervals[t] = {
        lower: c && Number.isFinite(c.lower) ? c.lower : null,
        upper: c && Number.isFinite(c.upper) ? c.upper : null,
      };
    });
    return {
      status: 'ok',
      reps: opts.reps,
      failed: boot.failed,
      seed: opts.seed,
      level: opts.ciLevel,
      intervals,
    };
  });
}
