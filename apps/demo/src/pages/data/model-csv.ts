import type { Table } from '@peacepanel/core';

/**
 * The active panel as CSV with the model variables the worker adds before fitting
 * (`un_troops_k_lag1`, `nonun_troops_k_lag1`, `battle_deaths_lag1`, `conflict_duration`), made by
 * core's own `addPartnershipVariables` and `formatCsv`, so that `peacepanel fit --data` on this file
 * fits exactly what the Model page fits. Core is loaded on demand (not part of the first load).
 * @example import { tableFromDataset } from '@peacepanel/core';
 * import { loadDataset } from '@peacepanel/data';
 * const csv = await modelCsv(tableFromDataset(await loadDataset('africa-cm')));
 */
export async function modelCsv(table: Table): Promise<string> {
  const { addPartnershipVariables, formatCsv } = await import('@peacepanel/core');
  return formatCsv(addPartnershipVariables(table));
}
