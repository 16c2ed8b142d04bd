import { render } from 'lit';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';

/**
 * Renders a chart's SVG markup (`@peacepanel/charts`' `content`) into a detached `<svg>`, as the element
 * does, and returns its markup with lit's comment markers removed and every number rounded to one decimal (after Plot's `test/plot-snapshot.js`), so
 * snapshots are stable across platforms.
 */
export function svgMarkup(content: string, width: number, height: number, title = 'chart snapshot'): string {
  const host = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  host.setAttribute('width', String(width));
  host.setAttribute('height', String(height));
  host.setAttribute('role', 'img');
  render(unsafeSVG(content), host);
  const t = document.createElementNS('http://www.w3.org/2000/svg', 'title');
  t.textContent = title;
  host.insertBefore(t, host.firstChild);
  return roundNumbers(host.outerHTML.replace(/<!--[\s\S]*?-->/g, ''))
    .replace(/>\s+</g, '>\n<')
    .trim();
}

/** Rounds every decimal number in `s` to one decimal place. */
export function roundNumbers(s: string): string {
  return s.replace(/-?\d+\.\d+/g, (m) => {
    const r = Math.round(Number(m) * 10) / 10;
    return String(Object.is(r, -0) ? 0 : r);
  });
}
