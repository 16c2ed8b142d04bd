/**
 * Fetching a data file for the chart with failures said plainly. A browser reports a cross-origin
 * request refused for lack of CORS headers only as "Failed to fetch" (a `TypeError`, on purpose:
 * the page may not learn why), so a failed request to another origin is explained as the likely
 * cause, with the header the data's host must send.
 */

/** A failed fetch as the chart reports it: a code and a one-line message with the fix. */
export class FetchFailure extends Error {
  override readonly name = 'FetchFailure';
  readonly code: 'FILE_NOT_FOUND' | 'FETCH_BLOCKED';
  constructor(code: 'FILE_NOT_FOUND' | 'FETCH_BLOCKED', message: string) {
    super(message);
    this.code = code;
  }
}

/**
 * The message for a request to `url` that failed without a response, seen from `pageOrigin`.
 * Reference: Fetch standard, "CORS check" (https://fetch.spec.whatwg.org/#cors-check): a response
 * without a matching `Access-Control-Allow-Origin` is a network error to the page.
 * @example blockedMessage('https://data.example/p.csv', 'https://news.example')
 * // 'cannot read https://data.example/p.csv: …send the header "Access-Control-Allow-Origin: https://news.example"…'
 */
export function blockedMessage(url: string, pageOrigin: string): FetchFailure {
  let origin = '';
  try {
    origin = new URL(url).origin;
  } catch {
    // not an absolute URL: same origin
  }
  if (origin && origin !== pageOrigin)
    return new FetchFailure(
      'FETCH_BLOCKED',
      `cannot read ${url}: the server at ${origin} did not allow this page (${pageOrigin}) to read it (no CORS header), or it could not be reached. Fix: the host of the data must send the header "Access-Control-Allow-Origin: ${pageOrigin}" (or "*") with the file, or serve the file from ${pageOrigin}`,
    );
  return new FetchFailure(
    'FILE_NOT_FOUND',
    `cannot reach ${url} (network error). Fix: check the address and that the server is up`,
  );
}

/**
 * `fetch` without credentials that throws a {@link FetchFailure} with a clear message on a network
 * failure (CORS included) or an HTTP error status.
 * @throws FetchFailure `FETCH_BLOCKED` (cross-origin, likely CORS) or `FILE_NOT_FOUND`.
 * @example // types-only: fetches over the network
 * const bytes = new Uint8Array(await (await fetchData('https://data.example/panel.csv')).arrayBuffer());
 */
export async function fetchData(url: string): Promise<Response> {
  let r: Response;
  try {
    r = await fetch(url, { credentials: 'omit' });
  } catch {
    throw blockedMessage(url, globalThis.location?.origin ?? '');
  }
  if (!r.ok)
    throw new FetchFailure(
      'FILE_NOT_FOUND',
      `HTTP ${r.status} for ${url}. Fix: check the address of the data`,
    );
  return r;
}
