/** Metadata of the bundled datasets: shared by the build script and the `DATASETS` index. */
import type { DatasetMeta } from '@peacepanel/core';

/** Bump when the build changes values or columns of a dataset. */
export const VERSIONS = {
  'africa-cm': '1.1.0',
  'africa-conflict-month': '1.0.0',
  'africa-conflict-month-1989-2011': '1.1.0',
} as const;

export type DatasetId = keyof typeof VERSIONS;

export const META: Record<DatasetId, DatasetMeta> = {
  'africa-cm': {
    id: 'africa-cm',
    version: VERSIONS['africa-cm'],
    title: 'African country-months with conflict or peace operations, 1993-01 to 2019-12',
    source:
      'Battle deaths: UCDP GED 20.1 state-based, aggregated to country-month by ViEWS (Hegre et al. 2019; Pettersson & Öberg 2020), CC BY-NC 4.0. ' +
      'UN personnel: Kathman (2013) CMPS 30(5), release 12-2019. Conflicts: UCDP/PRIO ACD v25.1 (Gleditsch et al. 2002; Davies et al. 2025). ' +
      'Non-UN troops: peacepanel table of 39 missions and 246 cited figures compiled from public news and official sources.',
    caveat:
      'Country-months, not conflict-months; deaths by event location (interstate fighting included where flagged); non-UN troop figures hand-compiled from press and official sources and interpolated (not SIPRI, not Bara & Hultman); missing stays missing.',
    license:
      'CC BY-NC 4.0 (non-commercial, attribution) because of the ViEWS-derived battle deaths; cite every source listed.',
  },
  'africa-conflict-month': {
    id: 'africa-conflict-month',
    version: VERSIONS['africa-conflict-month'],
    title: 'African conflict-months in active wars (UCDP/PRIO ACD types 3 and 4), 1993-01 to 2019-12',
    source:
      'Conflicts: UCDP/PRIO ACD v25.1 (Gleditsch et al. 2002; Davies et al. 2025) and UCDP BRD v24.1 (Davies et al. 2024). ' +
      'Battle deaths: UCDP GED 20.1 state-based, aggregated to country-month by ViEWS (Hegre et al. 2019; Pettersson & Öberg 2020), CC BY-NC 4.0, apportioned to conflicts by peacepanel. ' +
      'UN personnel: Kathman (2013) CMPS 30(5), release 12-2019. ' +
      'Non-UN troops: peacepanel table of 39 missions and 246 cited figures compiled from public news and official sources; UN support operations: peacepanel table citing UN pages.',
    caveat:
      'Battle deaths are country-month deaths apportioned to conflicts (by BRD shares where several conflicts share a country), not conflict-linked GED events; non-UN troop figures hand-compiled (not SIPRI, not Bara & Hultman); missing stays missing.',
    license:
      'CC BY-NC 4.0 (non-commercial, attribution) because of the ViEWS-derived battle deaths; cite every source listed.',
  },
  'africa-conflict-month-1989-2011': {
    id: 'africa-conflict-month-1989-2011',
    version: VERSIONS['africa-conflict-month-1989-2011'],
    title: 'African conflict-months 1989–2011 (HKS-derived dyad-month file aggregated to conflicts)',
    source:
      'Dyad-month UN PKO file from lukaskirchdorfer/Evaluating-UN-Peacekeeping-Operations (pko.Rdata), provenance inferred: a derivative of Hultman, Kathman & Shannon (2014) APSR 108(4) replication data; UN personnel from Kathman (2013).',
    caveat:
      'Provenance of the source file is inferred, not stated; licence unknown. UN troops are lagged one month and in thousands as in the source; non-UN presence is only a 0/1 regional_pko dummy, no troop numbers.',
    license: 'Unknown (source file states none); cite Hultman, Kathman & Shannon (2014) and Kathman (2013).',
  },
};
