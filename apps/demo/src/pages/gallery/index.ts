import { html, nothing, render } from 'lit';
import type { Route } from '../../routing/route.js';
import type { AppContext, PageView } from '../../shell/page-view.js';

// The snapshot files of @peacepanel/charts (packages/charts/test/snapshots/, written by its snapshot
// tests), read at build time: the gallery shows exactly what the tests pin down.
const files = import.meta.glob<string>('../../../../../packages/charts/test/snapshots/*.svg', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** One snapshot of the gallery: its name (the file name without `.svg`), its title and its SVG. */
export interface GallerySnapshot {
  name: string;
  title: string;
  svg: string;
}

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/**
 * The snapshots, sorted by name; the title is the SVG's own `<title>`.
 * @example gallerySnapshots()[0]?.name // 'effect-320-dark'
 */
export function gallerySnapshots(sources: Record<string, string> = files): GallerySnapshot[] {
  return Object.entries(sources)
    .map(([path, svg]) => ({
      name: (path.split('/').pop() ?? path).replace(/\.svg$/, ''),
      title: unescapeXml(/<title>([^<]*)<\/title>/.exec(svg)?.[1] ?? ''),
      svg,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Chart gallery (`?page=gallery`, linked from Method): every snapshot of the charts package, each drawn
 * as an image (so the ids inside one SVG never meet another's) under its file name. The inputs are
 * illustrative, as the snapshots say; the real numbers are on the other pages.
 */
export function mountPage(host: HTMLElement, _ctx: AppContext, _route: Route): PageView {
  const shots = gallerySnapshots();
  render(
    html`<h1>Chart gallery</h1>
      <p class="lead">
        Every chart of <code>@peacepanel/charts</code> as its snapshot test draws it
        (<code>packages/charts/test/snapshots/</code>): the same code draws the widget, this demo and the
        replication report. The inputs are made up to exercise the layout; they are not estimates.
      </p>
      <ul
        class="gallery"
        data-testid="gallery"
        style="list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start"
      >
        ${shots.map(
          (s) => html`<li>
            <figure data-snapshot=${s.name} style="margin: 0">
              <img
                src=${`data:image/svg+xml;charset=utf-8,${encodeURIComponent(s.svg)}`}
                alt=${s.title}
                style="max-width: 100%; height: auto"
              />
              <figcaption><code>${s.name}.svg</code>: ${s.title}</figcaption>
            </figure>
          </li>`,
        )}
      </ul>`,
    host,
  );
  return {
    update: () => {},
    dispose: () => render(nothing, host),
  };
}
