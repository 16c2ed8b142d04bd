import type { Table } from '../table.js';
import { COUNTRY_MONTH_SPECIFICATION } from './default-spec.js';
import { type DeclaredSpecification, MAIN_SPECIFICATION } from './main-spec.js';

/** The declared specifications: the main one and the country-month robustness row. */
export const DECLARED_SPECIFICATIONS: readonly DeclaredSpecification[] = [
  MAIN_SPECIFICATION,
  COUNTRY_MONTH_SPECIFICATION,
];

/**
 * The declared specification a dataset is fitted with by default: the one declared for its id (a suffix
 * after `#`, as the widget adds to filtered copies, is ignored), else the main specification when the table
 * has its columns (conflict-months), else the country-month one.
 * @example defaultSpecificationFor('africa-conflict-month#3f2a').id // => 'main'
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
