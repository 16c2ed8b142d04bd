import { CURVE_STYLE, type CurveGeometry, curveGeometry, specificationCurveSvg } from '@peacepanel/charts';
import type { MultiverseRow, SpecificationCurve } from '@peacepanel/core';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { fillInChunks } from './chunked-svg.js';

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

/** Cached static drawing: the curve's SVG elements are rebuilt only when the curve or width changes. */
const drawn = new WeakMap<
  SpecificationCurve,
  { key: string; fillKey: string; elements: string[]; g: CurveGeometry }
>();
/** Numbers each drawing, so a figure knows when it holds an older one. */
let drawings = 0;

/** Core's static drawing of a curve at a width, as SVG markup. */
function markupOf(curve: SpecificationCurve, width: number): string {
  return specificationCurveSvg(curve, curve.label, { width, compact: width < 620 });
}

/** The drawing of a curve from its markup: one SVG element per string (core writes one per line), cached. */
function entryOf(
  curve: SpecificationCurve,
  width: number,
  markup: string,
): { key: string; fillKey: string; elements: string[]; g: CurveGeometry } {
  const elements = markup
    .replace(/^<svg[^>]*>/, '')
    .replace(/<\/svg>\s*$/, '')
    .split('\n')
    .filter((line) => line.trim() !== '');
  drawings += 1;
  const g = curveGeometry(curve, { width, compact: width < 620 });
  const entry = { key: `${width}|${width < 620}`, fillKey: `drawing ${drawings}`, elements, g };
  drawn.set(curve, entry);
  return entry;
}

/** The cached drawing of a curve at a width, built now if there is none. */
function drawing(curve: SpecificationCurve, width: number) {
  const hit = drawn.get(curve);
  return hit?.key === `${width}|${width < 620}` ? hit : entryOf(curve, width, markupOf(curve, width));
}

/** Drawings being built in a later task, by curve. */
const building = new WeakMap<SpecificationCurve, number>();

/**
 * True when the drawing of `curve` at `width` is built; otherwise builds it in tasks of their own
 * (core's markup, then its elements and geometry; for the whole grid each costs tens of milliseconds)
 * and calls `ready`, in a further task, when it is.
 * @example // types-only: draws into the page's SVG (a DOM)
 * import { render } from 'lit';
 * const show = (curve: SpecificationCurve, redraw: () => void, host: HTMLElement) => {
 *   if (!drawingReady(curve, 960, redraw)) render(html`<p>Drawing the curve…</p>`, host);
 * };
 */
export function drawingReady(curve: SpecificationCurve, width: number, ready: () => void): boolean {
  if (drawn.get(curve)?.key === `${width}|${width < 620}`) return true;
  if (building.get(curve) === width) return false;
  building.set(curve, width);
  const later = (step: () => void) => setTimeout(step, 0);
  later(() => {
    const markup = markupOf(curve, width);
    later(() => {
      building.delete(curve);
      entryOf(curve, width, markup);
      later(ready);
    });
  });
  return false;
}

/**
 * The interactive specification curve: the static drawing (core's `specificationCurveSvg`) plus an
 * overlay marking the active specification. The static drawing (thousands of elements for the full
 * grid) is inserted in chunks of a few hundred elements, one per task (`chunked-svg.ts`), so drawing
 * it never blocks the page for long; `data-drawn` is set on the figure once it is complete. The figure is one keyboard stop: ←/→ move, Home/End jump,
 * Enter opens the specification in the Model page; hover moves the mark, click opens.
 */
export function curveView(
  curve: SpecificationCurve,
  width: number,
  active: number,
  valueText: string,
  on: { move: (rank: number) => void; open: (rank: number) => void },
): TemplateResult {
  const { fillKey, elements, g } = drawing(curve, width);
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
    <g class="curve-static" ${ref((el) => {
      if (el) fillInChunks(el, fillKey, elements);
    })}></g>
    ${
      p
        ? svg`<line x1=${g.x(active)} x2=${g.x(active)} y1=${g.top} y2=${g.matrixBottom} stroke="#c00" stroke-width="2" opacity="0.8"></line>
      <circle cx=${g.x(active)} cy=${g.y(p.estimate)} r="5" fill="none" stroke="#c00" stroke-width="2"></circle>`
        : nothing
    }
  </svg>`;
}
