/**
 * The no-JavaScript fallback of a default view: a standalone SVG drawn by the widget's pure render
 * modules from the precomputed values (light palette, English), with the title and source lines, the
 * same file the element's "SVG" download gives. Needs a DOM (`document`, `XMLSerializer`): the build
 * script provides one with happy-dom, tests run in happy-dom.
 */

import { LIGHT_PALETTE, wrapText } from '@peacepanel/charts';
import { render } from 'lit';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import { exportSvg } from '../src/partnership-effect/export-image.js';
import { messagesFor } from '../src/partnership-effect/i18n.js';
import type { FallbackInfo, PrecomputedView } from '../src/partnership-effect/precomputed.js';
import type { DatasetView, Settings } from '../src/partnership-effect/settings.js';
import { drawView, sourceLines, viewWords } from '../src/partnership-effect/view-drawing.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Width in px of the chart inside a fallback image (the image scales down on narrow pages). */
export const FALLBACK_WIDTH = 640;

/**
 * The fallback SVG document of a precomputed view and what describes it.
 * Reference: WAI "Complex images" tutorial (the reading as the short text alternative).
 * @example const { svg, info } = fallbackSvg(file.views[0], defaultSettings('effect'))
 */
export function fallbackSvg(
  pv: PrecomputedView,
  s: Settings & { view: DatasetView },
): { svg: string; info: FallbackInfo } {
  const chart = drawView(pv.viewData, s, FALLBACK_WIDTH, s.height, LIGHT_PALETTE, `fallback-${s.view}`);
  const el = document.createElementNS(SVG_NS, 'svg');
  el.setAttribute('width', String(chart.width));
  el.setAttribute('height', String(chart.height));
  render(unsafeSVG(chart.content), el as unknown as HTMLElement);
  const title = messagesFor(s.lang).title[s.view];
  const svg = exportSvg(el, {
    title,
    // Wrapped to the image's width (an image cannot reflow as the element's footer does).
    lines: sourceLines(pv.prepared, s.lang, null).flatMap((line) =>
      wrapText(line, LIGHT_PALETTE.fontSize - 1, FALLBACK_WIDTH),
    ),
    background: LIGHT_PALETTE.background,
    text: LIGHT_PALETTE.text,
    muted: LIGHT_PALETTE.muted,
    fontFamily: LIGHT_PALETTE.fontFamily,
    fontSize: LIGHT_PALETTE.fontSize,
  });
  const size = /<svg[^>]*\swidth="(\d+)"[^>]*\sheight="(\d+)"/.exec(svg);
  return {
    svg,
    info: {
      view: s.view,
      width: Number(size?.[1]),
      height: Number(size?.[2]),
      alt: `${title}. ${viewWords(pv.viewData, s).reading}`,
    },
  };
}
