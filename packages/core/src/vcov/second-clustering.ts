import { PeacepanelError } from '../errors.js';
import type { ModelSpec } from '../model/spec.js';
import type { Table } from '../table.js';

/**
 * The second clustering of a two-way cluster-robust covariance (`spec.cluster2`): each design row's
 * code, for `computeVcov`. Empty when the spec has no second cluster column or vcov is not `cluster`.
 * @throws PeacepanelError `BAD_SPEC` when the column has fewer than 2 values among the rows used.
 * @example const spec = parseModelSpec({ formula: 'Days ~ Eth', vcov: 'cluster', cluster: 'Age', cluster2: 'Sex' });
 * secondClustering(spec, quine, Int32Array.of(0, 1, 145), []).cluster2 // => Int32Array.of(0, 0, 1)
 */
export function secondClustering(
  spec: ModelSpec,
  data: Table,
  rows: Int32Array,
  warnings: string[],
): { cluster2?: Int32Array; cluster2Name?: string } {
  if (spec.vcov !== 'cluster' || !spec.cluster2) return {};
  const name = spec.cluster2;
  const col = data.columns[name];
  const ids = new Map<string, number>();
  const codes = Int32Array.from(rows, (r) => {
    const key = String(col?.values[r]);
    let g = ids.get(key);
    if (g === undefined) {
      g = ids.size;
      ids.set(key, g);
    }
    return g;
  });
  if (ids.size < 2)
    throw new PeacepanelError(
      'BAD_SPEC',
      `cluster column "${name}" has only ${ids.size} value among the rows used`,
      {
        location: { column: name },
        fix: 'cluster on a column with several groups (ideally 30 or more)',
      },
    );
  if (ids.size < 20)
    warnings.push(`only ${ids.size} clusters in ${name}: cluster-robust standard errors may be unreliable`);
  return { cluster2: codes, cluster2Name: name };
}
