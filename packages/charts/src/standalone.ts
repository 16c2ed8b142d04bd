import type { ChartRender } from './chart-types.js';
import type { Palette } from './palette.js';
import { escapeXml } from './svg.js';

/**
 * A drawn chart as a standalone SVG document (its own `xmlns`, size, title and background), for a file,
 * an `<img>` or a snapshot. The chart's colours are attributes, so no stylesheet is needed.
 * @example import { LIGHT_PALETTE } from './palette.js';
 * const chart = { width: 120, height: 40, content: '<circle cx="20" cy="20" r="5"/>', targets: [] };
 * standaloneSvg(chart, 'A dot', LIGHT_PALETTE).split('\n').slice(1, 3)
 * // => ['<title>A dot</title>', '<rect width="120" height="40" fill="#ffffff"/>']
 */
export function standaloneSvg(chart: ChartRender, title: string, palette: Palette): string {
  const { width, height } = chart;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(title)}" font-family="${escapeXml(palette.fontFamily)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="${palette.background}"/>`,
    chart.content.trim(),
    '</svg>',
    '',
  ].join('\n');
}
