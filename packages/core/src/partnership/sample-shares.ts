import { PeacepanelError } from '../errors.js';
import { addPartnershipVariables } from '../panel/derive.js';
import type { Table } from '../table.js';
import { COUNTRY_MONTH_SPECIFICATION } from './default-spec.js';
import { type DeclaredSpecification, MAIN_SPECIFICATION } from './main-spec.js';
import { estimationRows, PAPER_PARTNER_SHARE, type PartnerShare, partnerShares } from './partner-shares.js';

/** The declared specifications: the main one and the country-month robustness row. */
export const DECLARED_SPECIFICATIONS: readonly DeclaredSpecification[] = [
  MAIN_SPECIFICATION,
  COUNTRY_MONTH_SPECIFICATION,
];

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
 * @example withModelColumns(tableFromDataset(africaCm)).columns.un_troops_k_lag1
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
 * @example datasetPartnerShares(table, 'africa-conflict-month').samples[0].shares
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

/**
 * The declared specification a dataset is fitted with by default: the one declared for its id (a suffix
 * after `#`, as the widget adds to filtered copies, is ignored), else the main specification when the table
 * has its columns (conflict-months), else the country-month one.
 * @example defaultSpecificationFor('africa-conflict-month#3f2a', table).id // 'main'
 */
export function defaultSpecificationFor(id: string | undefined, table?: Table): DeclaredSpecification {
  const base = id?.split('#')[0];
  const declared = DECLARED_SPECIFICATIONS.find((s) => s.dataset === base);
  if (declared) return declared;
  const main = MAIN_SPECIFICATION.spec;
  const needs = [main.cluster, 'un_police_k_lag1', 'un_observers_k_lag1'];
  if (table && needs.every((c) => c !== undefined && table.columns[c] !== undefined))
    return MAIN_SPECIFICATION;
  return COUNTRY_MONTH_SPECIFICATION;
}
