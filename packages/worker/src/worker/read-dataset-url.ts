/**
 * Reads a DatasetJson from a URL: `fetch` for http(s) and relative URLs, `node:fs` for `file:` URLs
 * (Node's `fetch` does not read files). The `node:fs` import is hidden from bundlers so the browser
 * build never includes it.
 */
import { messages } from '@peacepanel/core';
import type { DatasetJson } from '../api.js';

/**
 * Fetches and parses a dataset JSON file.
 * @throws PeacepanelError FILE_NOT_FOUND (network or HTTP error), PARSE_ERROR (not a dataset JSON).
 * @example const json = await readDatasetUrl(new URL('../../../data/datasets/africa-cm.json', import.meta.url).href);
 * json.id // => 'africa-cm'
 */
export async function readDatasetUrl(url: string): Promise<DatasetJson> {
  let text: string;
  try {
    if (url.startsWith('file:')) {
      const fsName = 'node:fs/promises';
      const fs = (await import(/* @vite-ignore */ fsName)) as typeof import('node:fs/promises');
      text = await fs.readFile(new URL(url), 'utf8');
    } else {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
      text = await response.text();
    }
  } catch (e) {
    throw messages.datasetFetchFailed(url, e instanceof Error ? e.message : String(e));
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw messages.notDatasetJson(url, e instanceof Error ? e.message : String(e));
  }
  if (!isDatasetJson(json)) throw messages.notDatasetJson(url, 'no "id" and "columns" array');
  return json;
}

function isDatasetJson(v: unknown): v is DatasetJson {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as { id?: unknown }).id === 'string' &&
    Array.isArray((v as { columns?: unknown }).columns)
  );
}
