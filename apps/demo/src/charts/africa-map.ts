import { html, svg, type TemplateResult } from 'lit';
import { type CountryDeployment, PARALLEL_BREAKS, parallelClass } from '../pages/data/deployment-months.js';
import type { AfricaShape } from './africa-shapes.js';

export const MAP_WIDTH = 600;
export const MAP_HEIGHT = 640;

const LEGEND = [
  { cls: 0, label: 'none' },
  { cls: 1, label: `1–${PARALLEL_BREAKS[1] - 1}` },
  { cls: 2, label: `${PARALLEL_BREAKS[1]}–${PARALLEL_BREAKS[2] - 1}` },
  { cls: 3, label: `${PARALLEL_BREAKS[2]}–${PARALLEL_BREAKS[3] - 1}` },
  { cls: 4, label: `${PARALLEL_BREAKS[3]}+` },
] as const;

/**
 * Choropleth of Africa coloured by months of parallel (UN + non-UN) deployment. Countries not in the
 * panel are hatched grey. Each shape has a title; the same numbers are in the table beside the map.
 * @example // types-only: needs a browser page (`document`)
 * import { render } from 'lit';
 * import { tableFromDataset } from '@peacepanel/core';
 * import { loadDataset } from '@peacepanel/data';
 * import { deploymentMonthsByCountry } from '../pages/data/deployment-months.js';
 * import { africaShapes, type Topology } from './africa-shapes.js';
 * const topology = (await import('world-atlas/countries-110m.json')).default as unknown as Topology;
 * const panel = tableFromDataset(await loadDataset('africa-cm'));
 * render(africaMap(africaShapes(topology, 600, 640), new Map(deploymentMonthsByCountry(panel).map((d) => [d.iso3, d]))), document.body);
 */
export function africaMap(shapes: AfricaShape[], byIso: Map<string, CountryDeployment>): TemplateResult {
  const covered = shapes.filter((s) => byIso.has(s.iso3)).length;
  return html`<figure class="africa-map">
    <svg
      viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}"
      width="100%"
      style="max-width: 560px"
      role="img"
      aria-label=${`Map of Africa coloured by months of parallel UN and non-UN deployment; ${covered} countries in the data. The numbers are in the table that follows.`}
    >
      <defs>
        <pattern id="not-in-data" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="var(--map-0)"></rect>
          <line x1="0" y1="0" x2="0" y2="6" stroke="var(--border)" stroke-width="2"></line>
        </pattern>
      </defs>
      ${shapes.map((s) => {
        const d = byIso.get(s.iso3);
        const fill = d ? `var(--map-${parallelClass(d.parallelMonths)})` : 'url(#not-in-data)';
        const title = d
          ? `${d.country}: ${d.parallelMonths} months of parallel deployment (${d.unMonths} with UN troops, ${d.nonunMonths} with a non-UN mission)`
          : `${s.name}: not in the data`;
        return svg`<path d=${s.d} fill=${fill} stroke="var(--bg)" stroke-width="0.8" data-iso3=${s.iso3}><title>${title}</title></path>`;
      })}
    </svg>
    <figcaption>
      <div class="legend">
        <strong>Months of parallel deployment:</strong>
        ${LEGEND.map(
          (l) =>
            html`<span><span class="swatch" style="background: var(--map-${l.cls}); border: 1px solid var(--border)"></span>${l.label}</span>`,
        )}
        <span><span class="swatch" style="background: var(--surface); border: 1px dashed var(--border)"></span>not in data</span>
      </div>
      <p class="muted">Boundaries: Natural Earth 1:110m (public domain) via world-atlas 2.0.2; island states too small at this scale are not drawn.</p>
    </figcaption>
  </figure>`;
}
