import { CURVE_STYLE, type CurveGeometry, curveGeometry, specificationCurveSvg } from '@peacepanel/charts';
import type { MultiverseRow, SpecificationCurve } from '@peacepanel/core';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';

const num = (x: number) => String(Number(x.toPrecision(3)));

/** One line describing a specification for the live readout. */
export function describeSpec(
  curve: SpecificationCurve,
  row: MultiverseRow | undefined,
  rank: number,
): string {
  const p = curve.points[rank];
  if (!p || !row) return '';
  const choices = Object.entries(row.choices)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  return `Specification ${rank + 1} of ${curve.points.length}${p.main ? ' (main)' : ''}: ${num(p.estimate)} (95% interval ${num(p.lower)} to ${num(p.upper)}), p ${p.p < 0.001 ? '< 0.001' : num(p.p)}, ${CURVE_STYLE[p.cls].label}; n ${row.n}, ${row.clusters} clusters; ${choices}.`;
}

/** Cached static drawing: the curve's SVG markup is rebuilt only when the curve or width changes. */
const drawn = new WeakMap<SpecificationCurve, { key: string; markup: string; g: CurveGeometry }>();

function drawing(curve: SpecificationCurve, width: number): { markup: string; g: CurveGeometry } {
  const compact = width < 620;
  const key = `${width}|${compact}`;
  const hit = drawn.get(curve);
  if (hit?.key === key) return hit;
  const opts = { width, compact };
  const markup = specificationCurveSvg(curve, curve.label, opts)
    .replace(/^<svg[^>]*>/, '')
    .replace(/<\/svg>\s*$/, '');
  const entry = { key, markup, g: curveGeometry(curve, opts) };
  drawn.set(curve, entry);
  return entry;
}

/**
 * The interactive specification curve: the static drawing (core's `specificationCurveSvg`) plus an
 * overlay marking the active specification. The figure is one keyboard stop: ←/→ move, Home/End jump,
 * Enter opens the specification in the Model page; hover moves the mark, click opens.
 */
export function curveView(
  curve: SpecificationCurve,
  width: number,
  active: number,
  valueText: string,
  on: { move: (rank: number) => void; open: (rank: number) => void },
): TemplateResult {
  const { markup, g } = drawing(curve, width);
  const n = curve.points.length;
  const rankAt = (e: PointerEvent | MouseEvent): number => {
    const svgEl = e.currentTarget as SVGSVGElement;
    const box = svgEl.getBoundingClientRect();
    const x = ((e.clientX - box.left) / box.width) * g.width;
    return Math.max(0, Math.min(n - 1, Math.floor(((x - g.left) / g.plotWidth) * n)));
  };
  const key = (e: KeyboardEvent) => {
    const step = e.shiftKey ? 10 : 1;
    const next =
      e.key === 'ArrowRight'
        ? active + step
        : e.key === 'ArrowLeft'
          ? active - step
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? n - 1
              : undefined;
    if (next !== undefined) {
      e.preventDefault();
      on.move(Math.max(0, Math.min(n - 1, next)));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      on.open(active);
    }
  };
  const p = curve.points[active];
  return html`<svg
    class="spec-curve"
    viewBox="0 0 ${g.width} ${g.height}"
    width=${g.width}
    height=${g.height}
    style="max-width: 100%; height: auto; cursor: pointer"
    tabindex="0"
    role="slider"
    aria-label=${`${curve.label}: ${n} specifications sorted by estimate, with the choice matrix underneath. Left and right arrow keys move between specifications, Enter opens one in the Model page.`}
    aria-valuemin="1"
    aria-valuemax=${n}
    aria-valuenow=${active + 1}
    aria-valuetext=${valueText}
    data-testid="spec-curve"
    @keydown=${key}
    @pointermove=${(e: PointerEvent) => on.move(rankAt(e))}
    @click=${(e: MouseEvent) => on.open(rankAt(e))}
  >
    ${unsafeSVG(markup)}
    ${
      p
        ? svg`<line x1=${g.x(active)} x2=${g.x(active)} y1=${g.top} y2=${g.matrixBottom} stroke="#c00" stroke-width="2" opacity="0.8"></line>
      <circle cx=${g.x(active)} cy=${g.y(p.estimate)} r="5" fill="none" stroke="#c00" stroke-width="2"></circle>`
        : nothing
    }
  </svg>`;
}
