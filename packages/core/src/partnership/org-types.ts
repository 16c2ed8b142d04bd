import type { OrgType } from '../io/nonun.js';

/**
 * The organisation types of non-UN missions (`missions.csv` `org_type`) and the column suffix used for
 * each in the datasets: regional organisation (`ro`), European Union (`eu`), a single state (`state`),
 * an ad hoc coalition (`coalition`).
 * Reference: Bara & Hultman (2020) International Peacekeeping 27(3) (non-UN operations by organisation).
 * @example ORG_TYPES.map((o) => `nonun_${ORG_TYPE_KEYS[o]}_k_lag1`)
 */
export const ORG_TYPES: readonly OrgType[] = ['RO', 'EU', 'state', 'coalition'];

/** Column key of each organisation type. */
export const ORG_TYPE_KEYS: Readonly<Record<OrgType, string>> = {
  RO: 'ro',
  EU: 'eu',
  state: 'state',
  coalition: 'coalition',
};

/** Plain-language label of each organisation type. */
export const ORG_TYPE_LABELS: Readonly<Record<OrgType, string>> = {
  RO: 'regional organisation',
  EU: 'European Union',
  state: 'single state',
  coalition: 'coalition',
};
