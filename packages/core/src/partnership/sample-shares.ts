import { PeacepanelError } from '../errors.js';
import { addPartnershipVariables } from '../panel/derive.js';
import type { Table } from '../table.js';
import { DECLARED_SPECIFICATIONS } from './declared-specifications.js';
import { estimationRows, PAPER_PARTNER_SHARE, type PartnerShare, partnerShares } from './partner-shares.js';

/** Partner shares inside one model's estimation sample, or why they could not be counted. */
export type SampleShares =
  | { specification: string; label: string; rows: number; shares: PartnerShare[] }
  | { specification: string; label: string; notAvailable: string };

/** Partner shares over a dataset and inside the estimation samples of the specifications fitted on it. */
export interface DatasetPartnerShares {
  paperShare: number;
  /** Every row of the dataset. */
  all: PartnerShare[];
  samples: SampleShares[];
}

/**
 * Adds the lagged partnership columns to a country-month panel that lacks them (`addPartnershipVariables`);
 * other tables are returned as they are.
 * @example withModelColumns(tableFromDataset(africaCm)).columns.un_troops_k_lag1?.kind // => 'number'
 */
export function withModelColumns(table: Table): Table {
  const raw = ['country', 'ym', 'battle_deaths', 'un_troops', 'nonun_troops'];
  if (table.columns.un_troops_k_lag1 || !raw.every((c) => table.columns[c])) return table;
  return addPartnershipVariables(table);
}

/**
 * The share of UN deployment months with a non-UN partner under every definition the data allow
 * (`partnerShares`), over all rows and inside the estimation sample of each declared specification
 * whose dataset is `datasetId` (the main spec on `africa-conflict-month`, the country-month spec on
 * `africa-cm`), beside the paper's 44%.
 * @throws PeacepanelError MISSING_COLUMN when the table has no UN troops or no partner column.
 * @example datasetPartnerShares(tableFromDataset(africaCm), 'africa-cm').samples.length // => 1
 */
export function datasetPartnerShares(table: Table, datasetId: string | undefined): DatasetPartnerShares {
  const all = partnerShares(table);
  const specs = DECLARED_SPECIFICATIONS.filter((s) => s.dataset === datasetId);
  const samples = specs.map((s): SampleShares => {
    try {
      const rows = estimationRows(s.spec, withModelColumns(table));
      return { specification: s.id, label: s.label, rows: rows.length, shares: partnerShares(table, rows) };
    } catch (e) {
      if (!(e instanceof PeacepanelError)) throw e;
      return { specification: s.id, label: s.label, notAvailable: e.message };
    }
  });
  return { paperShare: PAPER_PARTNER_SHARE, all, samples };
}
