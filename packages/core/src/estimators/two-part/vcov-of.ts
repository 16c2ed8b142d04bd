import type { Table } from '../../table.js';
import { clusterKeys } from './cluster-keys.js';
import { twoPartLogLik } from './data.js';
import { buildTwoPartDesign } from './design.js';
import type { TwoPartFitted } from './fit.js';
import { twoPartInformation } from './information.js';
import { likelihoodOf } from './likelihood-of.js';
import { type TwoPartVcov, twoPartVcov } from './vcov.js';

/**
 * Another covariance of a fitted two-part model without refitting, as R's `vcov(m)`, `sandwich(m)` and
 * `vcovCL(m, cluster = ~ a + b)` on a pscl fit: rebuilds the design on `data` (the data of the fit),
 * then the information and scores at the estimate (see `twoPartVcov`).
 * @throws PeacepanelError for an unknown cluster column or one with fewer than 2 values.
 * @example twoPartVcovOf(fit, quine, { type: 'cluster', cluster: ['Eth', 'Age'] }).vcov
 */
export function twoPartVcovOf(
  fitted: TwoPartFitted,
  data: Table,
  req: { type: 'model' | 'robust' | 'cluster'; cluster?: string[] },
): TwoPartVcov | null {
  const design = buildTwoPartDesign(fitted.spec.formula, data, {
    required: req.cluster ?? [],
    unit: fitted.spec.unit,
    time: fitted.spec.time,
  });
  const d = design.data;
  const lik = likelihoodOf(fitted.result.model);
  const info = twoPartInformation(lik, d, fitted.par);
  const { scores } = twoPartLogLik(lik, d, fitted.par, true);
  const k = d.kCount + d.kZero;
  return twoPartVcov(info, scores as Float64Array, d.n, k, fitted.par.length, {
    type: req.type,
    clusters: clusterKeys(req.type === 'cluster' ? (req.cluster ?? []) : [], data, design.rows),
    names: req.cluster,
  });
}
