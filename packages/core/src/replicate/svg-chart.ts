/**
 * Minimal, dependency-free SVG chart writers for the replication report (line charts with
 * interval bands, stacked bar charts). Pure functions of their input: the same data give the same
 * bytes, coordinates rounded to 0.1 px. Layout follows the usual margin convention
 * (Bostock, "Margin Convention", https://observablehq.com/@d3/margin-convention).
 */

export interface LinePoint {
  x: number;
  y: number;
  lower?: number;
  upper?: number;
}

export interface LineSeries {
  label: string;
  color: string;
  dashed?: boolean;
  points: LinePoint[];
}

export interface LineChartInput {
  title: string;
  xLabel: string;
  yLabel: string;
  series: LineSeries[];
  /** Horizontal reference lines (e.g. a published value). */
  refLines?: { y: number; label: string }[];
  width?: number;
  height?: number;
}

export interface BarStack {
  label: string;
  color: string;
  values: number[];
}

export interface BarChartInput {
  title: string;
  xLabel: string;
  yLabel: string;
  categories: string[];
  stacks: BarStack[];
  refLines?: { y: number; label: string }[];
  /** Format of y tick labels (default: plain number). */
  yTickFormat?: (v: number) => string;
  width?: number;
  height?: number;
}

const MARGIN = { top: 40, right: 200, bottom: 50, left: 80 } as const;

/**
 * Escapes text for SVG/XML content and attributes.
 * @example escapeXml('a < b') // => 'a &lt; b'
 */
export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function r1(v: number): string {
  const s = (Math.round(v * 10) / 10).toFixed(1);
  return s.endsWith('.0') ? s.slice(0, -2) : s;
}

/**
 * "Nice" axis ticks (1, 2, 5 × 10^k steps) covering [min, max], after Heckbert, "Nice numbers for
 * graph labels", Graphics Gems (1990).
 * @example niceTicks(0, 23, 5) // => [0, 5, 10, 15, 20, 25]
 */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!(max > min)) max = min + 1;
  const raw = (max - min) / Math.max(1, count);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / mag;
  const step = (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * mag;
  const first = Math.floor(min / step) * step;
  const ticks: number[] = [];
  for (let v = first; v <= max + step * 1e-9; v += step) ticks.push(Number(v.toPrecision(12)));
  if ((ticks[ticks.length - 1] ?? min) < max)
    ticks.push(Number((first + ticks.length * step).toPrecision(12)));
  return ticks;
}

function defaultTick(v: number): string {
  return Math.abs(v) >= 1000 ? v.toLocaleString('en-US') : String(Number(v.toPrecision(6)));
}

function frame(width: number, height: number, title: string, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeXml(title)}" font-family="system-ui, sans-serif" font-size="12">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${MARGIN.left}" y="22" font-size="14" font-weight="600" fill="#222">${escapeXml(title)}</text>`,
    ...body,
    '</svg>',
    '',
  ].join('\n');
}

function axes(
  w: number,
  h: number,
  xLabel: string,
  yLabel: string,
  yTicks: number[],
  sy: (v: number) => number,
  yFmt: (v: number) => string,
): string[] {
  const out: string[] = [];
  for (const t of yTicks) {
    const y = r1(sy(t));
    out.push(
      `<line x1="${MARGIN.left}" x2="${MARGIN.left + w}" y1="${y}" y2="${y}" stroke="#e5e5e5"/>`,
      `<text x="${MARGIN.left - 6}" y="${y}" text-anchor="end" dominant-baseline="middle" fill="#555">${escapeXml(yFmt(t))}</text>`,
    );
  }
  out.push(
    `<line x1="${MARGIN.left}" x2="${MARGIN.left + w}" y1="${MARGIN.top + h}" y2="${MARGIN.top + h}" stroke="#333"/>`,
    `<line x1="${MARGIN.left}" x2="${MARGIN.left}" y1="${MARGIN.top}" y2="${MARGIN.top + h}" stroke="#333"/>`,
    `<text x="${r1(MARGIN.left + w / 2)}" y="${MARGIN.top + h + 40}" text-anchor="middle" fill="#222">${escapeXml(xLabel)}</text>`,
    `<text transform="translate(18 ${r1(MARGIN.top + h / 2)}) rotate(-90)" text-anchor="middle" fill="#222">${escapeXml(yLabel)}</text>`,
  );
  return out;
}

function legend(x: number, items: { label: string; color: string; dashed?: boolean }[]): string[] {
  return items.flatMap((it, i) => {
    const y = MARGIN.top + 10 + i * 20;
    return [
      `<line x1="${x}" x2="${x + 22}" y1="${y}" y2="${y}" stroke="${it.color}" stroke-width="3"${it.dashed ? ' stroke-dasharray="6 4"' : ''}/>`,
      `<text x="${x + 28}" y="${y}" dominant-baseline="middle" fill="#222">${escapeXml(it.label)}</text>`,
    ];
  });
}

/**
 * A line chart with optional interval bands (`lower`/`upper` on the points) and reference lines.
 * Non-finite values are skipped, never drawn.
 * @example lineChartSvg({ title: 'T', xLabel: 'x', yLabel: 'y', series: [{ label: 'a', color: '#000', points: [{ x: 0, y: 1 }, { x: 1, y: 2 }] }] })
 */
export function lineChartSvg(input: LineChartInput): string {
  const width = input.width ?? 760;
  const height = input.height ?? 420;
  const w = width - MARGIN.left - MARGIN.right;
  const h = height - MARGIN.top - MARGIN.bottom;
  const pts = input.series
    .flatMap((s) => s.points)
    .filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
  const xs = pts.map((p) => p.x);
  const ys = [
    ...pts.flatMap((p) => [p.y, p.lower ?? p.y, p.upper ?? p.y]).filter(Number.isFinite),
    ...(input.refLines ?? []).map((r) => r.y),
    0,
  ];
  const xMin = Math.min(...xs, 0);
  const xMax = Math.max(...xs, xMin + 1);
  const yTicks = niceTicks(Math.min(...ys), Math.max(...ys), 5);
  const yLo = yTicks[0] ?? 0;
  const yHi = yTicks[yTicks.length - 1] ?? 1;
  const sx = (v: number) => MARGIN.left + ((v - xMin) / (xMax - xMin)) * w;
  const sy = (v: number) => MARGIN.top + h - ((v - yLo) / (yHi - yLo)) * h;
  const body = axes(w, h, input.xLabel, input.yLabel, yTicks, sy, defaultTick);
  for (const t of niceTicks(xMin, xMax, 6)) {
    if (t > xMax + 1e-9) continue;
    body.push(
      `<text x="${r1(sx(t))}" y="${MARGIN.top + h + 18}" text-anchor="middle" fill="#555">${escapeXml(defaultTick(t))}</text>`,
    );
  }
  for (const s of input.series) {
    const ok = s.points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
    const band = ok.filter((p) => Number.isFinite(p.lower) && Number.isFinite(p.upper));
    if (band.length >= 2) {
      const up = band.map((p) => `${r1(sx(p.x))},${r1(sy(p.upper as number))}`);
      const down = [...band].reverse().map((p) => `${r1(sx(p.x))},${r1(sy(p.lower as number))}`);
      body.push(
        `<polygon points="${[...up, ...down].join(' ')}" fill="${s.color}" fill-opacity="0.15" stroke="none"/>`,
      );
    }
    if (ok.length >= 2) {
      body.push(
        `<polyline points="${ok.map((p) => `${r1(sx(p.x))},${r1(sy(p.y))}`).join(' ')}" fill="none" stroke="${s.color}" stroke-width="2.5"${s.dashed ? ' stroke-dasharray="6 4"' : ''}/>`,
      );
    }
  }
  for (const ref of input.refLines ?? []) {
    const y = r1(sy(ref.y));
    body.push(
      `<line x1="${MARGIN.left}" x2="${MARGIN.left + w}" y1="${y}" y2="${y}" stroke="#888" stroke-dasharray="2 3"/>`,
      `<text x="${MARGIN.left + w + 4}" y="${y}" dominant-baseline="middle" fill="#666">${escapeXml(ref.label)}</text>`,
    );
  }
  body.push(...legend(MARGIN.left + w + 12, input.series));
  return frame(width, height, input.title, body);
}

/**
 * A stacked bar chart (one bar per category, stacks bottom-up in the given order).
 * @example barChartSvg({ title: 'T', xLabel: 'year', yLabel: 'months', categories: ['1993'], stacks: [{ label: 'UN only', color: '#1f77b4', values: [12] }] })
 */
export function barChartSvg(input: BarChartInput): string {
  const width = input.width ?? 760;
  const height = input.height ?? 420;
  const w = width - MARGIN.left - MARGIN.right;
  const h = height - MARGIN.top - MARGIN.bottom;
  const n = input.categories.length;
  const totals = input.categories.map((_, i) =>
    input.stacks.reduce((acc, s) => acc + (Number.isFinite(s.values[i]) ? (s.values[i] as number) : 0), 0),
  );
  const yTicks = niceTicks(0, Math.max(...totals, ...(input.refLines ?? []).map((r) => r.y), 1e-9), 5);
  const yHi = yTicks[yTicks.length - 1] ?? 1;
  const sy = (v: number) => MARGIN.top + h - (v / yHi) * h;
  const body = axes(w, h, input.xLabel, input.yLabel, yTicks, sy, input.yTickFormat ?? defaultTick);
  const band = w / Math.max(1, n);
  const every = Math.max(1, Math.ceil(n / 14));
  input.categories.forEach((cat, i) => {
    let base = 0;
    const x = MARGIN.left + i * band + band * 0.1;
    for (const s of input.stacks) {
      const v = s.values[i];
      if (v === undefined || !Number.isFinite(v) || v <= 0) continue;
      body.push(
        `<rect x="${r1(x)}" y="${r1(sy(base + v))}" width="${r1(band * 0.8)}" height="${r1(sy(base) - sy(base + v))}" fill="${s.color}"><title>${escapeXml(`${cat} ${s.label}: ${defaultTick(v)}`)}</title></rect>`,
      );
      base += v;
    }
    if (i % every === 0)
      body.push(
        `<text x="${r1(x + band * 0.4)}" y="${MARGIN.top + h + 18}" text-anchor="middle" fill="#555">${escapeXml(cat)}</text>`,
      );
  });
  for (const ref of input.refLines ?? []) {
    const y = r1(sy(ref.y));
    body.push(
      `<line x1="${MARGIN.left}" x2="${MARGIN.left + w}" y1="${y}" y2="${y}" stroke="#d62728" stroke-dasharray="5 4"/>`,
      `<text x="${MARGIN.left + w + 4}" y="${y}" dominant-baseline="middle" fill="#d62728">${escapeXml(ref.label)}</text>`,
    );
  }
  body.push(...legend(MARGIN.left + w + 12, [...input.stacks].reverse()));
  return frame(width, height, input.title, body);
}
