import {
  addPartnershipVariables,
  clusterBootstrap,
  describeDeployments,
  type FittedModel,
  fitModelDetailed,
  partnershipEffect,
  percentileIntervals,
  predict,
  type Table,
  tableFromDataset,
  unTroopsForReduction,
} from '@peacepanel/core';
import type { ReportDeploymentCounts, Toolkit } from './toolkit.js';

function counts(c: ReturnType<typeof describeDeployments>['overall']): ReportDeploymentCounts {
  return {
    unMonths: c.unMonths,
    unWithPartner: c.unWithPartner,
    unOnly: c.unOnly,
    nonunOnly: c.nonunOnly,
    both: c.both,
    neither: c.none,
  };
}

/**
 * Core's own building blocks, wired for `replicate`. Blocks that this build of core does not have
 * yet are absent, and the analyses that need them report "not run" with the block's name.
 * @example Object.keys(defaultToolkit()).includes('fitModelDetailed') // => true
 */
export function defaultToolkit(): Toolkit<FittedModel> {
  return {
    tableFromDataset,
    addPartnershipVariables,
    describeDeployments: (table: Table) => {
      const d = describeDeployments(table);
      return { overall: counts(d.overall), byYear: d.byYear.map((y) => ({ year: y.year, ...counts(y) })) };
    },
    fitModelDetailed: (spec, data) => fitModelDetailed(spec, data),
    predict: (model, rows, opts) => predict(model, rows, opts),
    partnershipEffect: (model, opts) => partnershipEffect(model, opts),
    unTroopsForReduction: (model, opts) => unTroopsForReduction(model, opts),
    clusterBootstrap: (spec, data, opts) => clusterBootstrap(spec, data, opts),
    percentileIntervals,
  };
}
