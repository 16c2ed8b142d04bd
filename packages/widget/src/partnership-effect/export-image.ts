/**
 * Turns the drawn chart into standalone files: an SVG with the title and source lines added (the
 * chart's colours are attributes, so no stylesheet is needed) and a PNG rasterised from that SVG.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * A standalone SVG document: the chart's own SVG below a title and above the source lines. Text
 * is set with `textContent`, so nothing is parsed as markup.
 * @example // types-only: needs a DOM
 * const el = document.querySelector('partnership-effect');
 * const chart = el?.shadowRoot?.querySelector('svg');
 * if (chart) exportSvg(chart, { title: 'Battle deaths and UN troops', lines: ['Source: …'], background: '#fff', text: '#000', muted: '#555', fontFamily: 'Arial', fontSize: 12 });
 */
export function exportSvg(
  chart: SVGSVGElement,
  o: {
    title: string;
    lines: string[];
    background: string;
    text: string;
    muted: string;
    fontFamily: string;
    fontSize: number;
  },
): string {
  const width = Number(chart.getAttribute('width')) || 600;
  const height = Number(chart.getAttribute('height')) || 400;
  const pad = 12;
  const titleH = o.fontSize * 1.4 + pad;
  const lineH = o.fontSize * 1.3;
  const doc = chart.ownerDocument;
  const root = doc.createElementNS(SVG_NS, 'svg');
  const totalW = width + pad * 2;
  const totalH = titleH + height + pad + o.lines.length * lineH + pad;
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(totalW));
  root.setAttribute('height', String(Math.ceil(totalH)));
  root.setAttribute('viewBox', `0 0 ${totalW} ${Math.ceil(totalH)}`);
  root.setAttribute('font-family', o.fontFamily);
  const bg = doc.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', o.background);
  root.appendChild(bg);
  const text = (content: string, y: number, size: number, fill: string, weight = 'normal') => {
    const t = doc.createElementNS(SVG_NS, 'text');
    t.setAttribute('x', String(pad));
    t.setAttribute('y', String(y));
    t.setAttribute('font-size', String(size));
    t.setAttribute('font-weight', weight);
    t.setAttribute('fill', fill);
    t.textContent = content;
    root.appendChild(t);
  };
  text(o.title, pad + o.fontSize * 1.1, Math.round(o.fontSize * 1.25), o.text, '700');
  const g = doc.createElementNS(SVG_NS, 'g');
  g.setAttribute('transform', `translate(${pad},${titleH})`);
  for (const child of Array.from(chart.childNodes)) {
    if (child.nodeType === 1) g.appendChild(child.cloneNode(true));
  }
  root.appendChild(g);
  o.lines.forEach((line, i) => {
    text(line, titleH + height + pad + (i + 0.8) * lineH, o.fontSize - 1, o.muted);
  });
  stripComments(root);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`;
}

function stripComments(node: Node): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 8) node.removeChild(child);
    else stripComments(child);
  }
}

/**
 * Rasterises an SVG document to a PNG at `scale` times its size (2 = crisp on high-density screens).
 * Uses a `data:` URL so no network request is made.
 * @example // types-only: needs a browser canvas
 * await svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>', 2) // Blob { type: 'image/png' }
 */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  const img = new Image();
  img.decoding = 'async';
  const loaded = new Promise<void>((resolve, reject) => {
    img.onload = () => resolve();
    img.onerror = () => reject(new Error('the chart image could not be drawn'));
  });
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await loaded;
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(img.width * scale));
  canvas.height = Math.max(1, Math.round(img.height * scale));
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas available');
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.drawImage(img, 0, 0);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

/**
 * Offers `blob` as a file download named `name` (a temporary object URL and a detached link).
 * @example // types-only: needs a DOM
 * saveBlob(new Blob(['a,b']), 'chart.csv')
 */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** How a chart makes each kind of download (null when there is nothing to save yet). */
export interface ChartFiles {
  csv(): string | null;
  svg(): string | null;
  png(): Promise<Blob | null>;
}

/**
 * Offers the plotted values (`csv`) or the chart image (`svg`, `png`) as `<name>.<kind>`.
 * @example // types-only: needs a DOM (a download link)
 * const saveCsv = (files: ChartFiles) => saveChart('csv', 'partnership-effect', files);
 */
export async function saveChart(kind: keyof ChartFiles, name: string, files: ChartFiles): Promise<void> {
  const file = `${name}.${kind}`;
  if (kind === 'png') {
    const png = await files.png();
    if (png !== null) saveBlob(png, file);
    return;
  }
  const text = files[kind]();
  const type = kind === 'csv' ? 'text/csv;charset=utf-8' : 'image/svg+xml';
  if (text !== null) saveBlob(new Blob([text], { type }), file);
}
