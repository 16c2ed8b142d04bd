/** @peacepanel/data: the bundled real datasets. See DATASHEET.md for sources and licences. */
export const DATASET_IDS = [] as const;
