/**
 * Files the demo takes from @peacepanel/data at build time: the dataset JSON and CSV (emitted as
 * assets and fetched after the first paint, so they do not count toward the initial load) and the
 * datasheet (a lazily loaded chunk).
 */

/** The id of the bundled default dataset. */
export const BUNDLED_ID = 'africa-cm';

// A glob (not a plain import) so the app still builds, and says so, if the data package is not built yet.
const urls = import.meta.glob<string>('../../../../packages/data/datasets/africa-cm.{json,csv}', {
  query: '?url',
  import: 'default',
  eager: true,
});
const datasetJsonUrl = Object.entries(urls).find(([k]) => k.endsWith('.json'))?.[1];
const datasetCsvUrl = Object.entries(urls).find(([k]) => k.endsWith('.csv'))?.[1];

/** True when the bundled dataset was found at build time. */
export const HAS_BUNDLED = datasetJsonUrl !== undefined;

/** Absolute URL of the bundled DatasetJson (absolute so the worker can fetch it too). */
export function bundledJsonUrl(base: string = location.href): string | null {
  return datasetJsonUrl ? new URL(datasetJsonUrl, base).href : null;
}

/** URL of the bundled dataset as CSV (for download, and for the CLI). */
export function bundledCsvUrl(base: string = location.href): string | null {
  return datasetCsvUrl ? new URL(datasetCsvUrl, base).href : null;
}

const datasheets = import.meta.glob<string>('../../../../packages/data/datasets/*DATASHEET.md', {
  query: '?raw',
  import: 'default',
});

/**
 * The datasheet of the bundled dataset (Markdown), or null when the data package has none.
 * @example (await loadDatasheet())?.startsWith('# ') // => true
 */
export async function loadDatasheet(): Promise<string | null> {
  const keys = Object.keys(datasheets).sort((a, b) => {
    const score = (k: string) => (k.endsWith(`/${BUNDLED_ID}.DATASHEET.md`) ? 0 : 1);
    return score(a) - score(b);
  });
  const first = keys[0];
  const load = first ? datasheets[first] : undefined;
  return load ? load() : null;
}

// The conflict-month panel (the main specification's data), fetched only by pages that need it.
const conflictUrls = import.meta.glob<string>(
  '../../../../packages/data/datasets/africa-conflict-month.json',
  {
    query: '?url',
    import: 'default',
    eager: true,
  },
);

/** Absolute URL of the bundled `africa-conflict-month` DatasetJson, or null when it was not built. */
export function conflictMonthJsonUrl(base: string = location.href): string | null {
  const url = Object.values(conflictUrls)[0];
  return url ? new URL(url, base).href : null;
}
