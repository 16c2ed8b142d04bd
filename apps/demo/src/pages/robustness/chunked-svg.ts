/**
 * Inserting a large static SVG drawing without a long task: the elements (one string each) are
 * parsed and appended a chunk at a time, each chunk in its own task, so the page stays responsive
 * (a task over 50 ms is a "long task", https://w3c.github.io/longtasks/). When the drawing is complete
 * the closest `<svg>` gets `data-drawn="true"`. The first chunk too waits for a task of its own (not
 * the render that asked for it). A newer drawing for the same group supersedes one in progress.
 */

/** Elements parsed and appended per task: a few milliseconds of work. */
const CHUNK = 200;
const SVG_NS = 'http://www.w3.org/2000/svg';

/** What each group holds or is being filled with. */
const filling = new WeakMap<Element, string>();

/**
 * Fills `group` with `elements` (SVG markup, one element per string) in chunks, unless it already
 * holds (or is being filled with) the drawing `key`.
 * @example // types-only: fills an SVG group of the page (a DOM)
 * const draw = (g: SVGGElement) => fillInChunks(g, 'curve|960', ['<line x1="0" x2="10" y1="0" y2="0"/>']);
 */
export function fillInChunks(group: Element, key: string, elements: readonly string[]): void {
  if (filling.get(group) === key) return;
  filling.set(group, key);
  const svg = group.closest('svg');
  svg?.removeAttribute('data-drawn');
  group.replaceChildren();
  let at = 0;
  const step = () => {
    if (filling.get(group) !== key) return;
    group.append(parseSvg(elements.slice(at, at + CHUNK).join('')));
    at += CHUNK;
    if (at < elements.length) setTimeout(step, 0);
    else svg?.setAttribute('data-drawn', 'true');
  };
  setTimeout(step, 0);
}

/** SVG elements parsed from markup, adopted into this document. */
function parseSvg(markup: string): DocumentFragment {
  const doc = new DOMParser().parseFromString(`<svg xmlns="${SVG_NS}">${markup}</svg>`, 'image/svg+xml');
  const fragment = document.createDocumentFragment();
  for (const node of Array.from(doc.documentElement.childNodes))
    fragment.append(document.importNode(node, true));
  return fragment;
}
