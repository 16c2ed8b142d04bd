/**
 * The iframe page tells its parent how tall it is, so the host page can size the iframe to the whole
 * chart (no inner scroll, nothing cut off). The message has the shape of Datawrapper's
 * `datawrapper-height` messages: `{ 'peacepanel-height': { [id]: px } }`; the host's resize script
 * (`resize-script.ts`) accepts it only from the embed's origin and only for the iframe it came from.
 * Reference: Datawrapper, "Responsive iframe embed codes" (academy.datawrapper.de).
 */

/** The message key, shared with the host's resize script. */
export const HEIGHT_MESSAGE = 'peacepanel-height';

/**
 * Observes the body's height (a ResizeObserver: the chart re-flows with the width, the table view,
 * fonts loading) and posts it to the parent whenever it changes. Does nothing outside an iframe.
 * The height is not secret, so the target origin is `*` (the host page may be any site).
 * @param id the embed's id from its URL (`?id=`), echoed so a host can tell its embeds apart.
 * @returns a function that stops observing.
 * @example // types-only: needs a browser page (`window`)
 * const stop = postHeightToParent('pp-1a2b3c');
 */
export function postHeightToParent(id: string, target: Window = window.parent): () => void {
  if (target === window) return () => {};
  let last = -1;
  const post = () => {
    const h = Math.ceil(document.body.getBoundingClientRect().height);
    if (h === last || h <= 0) return;
    last = h;
    target.postMessage({ [HEIGHT_MESSAGE]: { [id]: h } }, '*');
  };
  const observer = new ResizeObserver(post);
  observer.observe(document.body);
  post();
  return () => observer.disconnect();
}
