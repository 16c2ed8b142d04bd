import { columnNames } from '../model/column-names.js';
import type { DesignInfo } from '../model/design-info.js';
import type { Table } from '../table.js';
import type { FittedModel } from './fitted-model.js';

/**
 * Mean, min and max of each raw numeric column the formula reads, over the rows used.
 * @example const model = fitModelDetailed({ formula: 'Days ~ Eth' }, quine);
 * sampleSummary(quine, model.design, Int32Array.of(0, 1, 2)).max.Days // => 14
 */
export function sampleSummary(data: Table, info: DesignInfo, rows: Int32Array): FittedModel['sample'] {
  const names: string[] = [];
  for (const v of info.variables) columnNames(v.node, names);
  for (const o of info.offsets) columnNames(o, names);
  columnNames(info.response, names);
  const out: FittedModel['sample'] = { means: {}, min: {}, max: {} };
  for (const name of names) {
    const col = data.columns[name];
    if (col?.kind !== 'number') continue;
    let s = 0;
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    let m = 0;
    for (let r = 0; r < rows.length; r++) {
      const x = col.values[rows[r] as number] as number;
      if (Number.isNaN(x)) continue;
      s += x;
      m++;
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
    if (m === 0) continue;
    out.means[name] = s / m;
    out.min[name] = lo;
    out.max[name] = hi;
  }
  return out;
}
