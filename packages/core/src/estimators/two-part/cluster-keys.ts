import { messages, PeacepanelError } from '../../errors.js';
import type { Table } from '../../table.js';

/**
 * Each observation's cluster key per cluster column, checked for at least 2 values.
 * @throws PeacepanelError `MISSING_COLUMN` or `BAD_SPEC` naming the column.
 * @example const data = tableFromRows([{ g: 'a' }, { g: 'b' }, { g: 'a' }]);
 * clusterKeys(['g'], data, Int32Array.of(0, 1, 2)) // => [['a', 'b', 'a']]
 */
export function clusterKeys(names: readonly string[], data: Table, rows: Int32Array): string[][] {
  return names.map((name) => {
    const col = data.columns[name];
    if (!col) throw messages.missingColumn(undefined, name, Object.keys(data.columns));
    const keys = Array.from(rows, (r) => String(col.values[r]));
    const G = new Set(keys).size;
    if (G < 2)
      throw new PeacepanelError(
        'BAD_SPEC',
        `cluster column "${name}" has only ${G} value among the rows used`,
        {
          location: { column: name },
          fix: 'cluster on a column with several groups (ideally 30 or more)',
        },
      );
    return keys;
  });
}
