/**
 * The widget settings an editor chooses on the Embed page, and the snippets made from them. The same
 * query string drives `embed.html` (the iframe page), so "configure → copy → paste" round-trips.
 */
import type { FallbackInfo } from '@peacepanel/widget';
import { resizeScript } from './resize-script.js';

export const VIEWS = ['effect', 'trend', 'scenario'] as const;
export const THEMES = ['auto', 'light', 'dark'] as const;
export const LANGS = ['en', 'fr', 'pt', 'es', 'ar'] as const;
/** Each language's name in that language, for the picker. */
export const LANG_NAMES: Record<(typeof LANGS)[number], string> = {
  en: 'English',
  fr: 'Français',
  pt: 'Português',
  es: 'Español',
  ar: 'العربية',
};

export interface EmbedConfig {
  view: (typeof VIEWS)[number];
  /** Non-UN troop levels to draw (troops), empty for the widget's defaults. */
  levels: number[];
  theme: (typeof THEMES)[number];
  lang: (typeof LANGS)[number];
  /** Height in px (200–1200). */
  height: number;
  /** Width in px, or 0 for the full width of the container. */
  width: number;
}

export const DEFAULT_EMBED: EmbedConfig = {
  view: 'effect',
  levels: [],
  theme: 'auto',
  lang: 'en',
  height: 380,
  width: 0,
};

function oneOf<T extends string>(v: string | undefined, options: readonly T[], d: T): T {
  return v !== undefined && (options as readonly string[]).includes(v) ? (v as T) : d;
}

/**
 * Parses a list of troop levels ("0, 5000") keeping non-negative whole numbers, at most four.
 * @example parseLevels('0, 5000, x') // => [0, 5000]
 */
export function parseLevels(text: string | undefined): number[] {
  if (!text) return [];
  return text
    .split(/[,\s]+/)
    .filter((t) => t !== '')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n >= 0 && n <= 100_000)
    .slice(0, 4);
}

/**
 * Reads the settings from URL parameters (Embed page and `embed.html`); invalid values take defaults.
 * @example embedFromParams({ view: 'trend', height: '500' }).height // => 500
 */
export function embedFromParams(p: Record<string, string>): EmbedConfig {
  const n = (v: string | undefined, lo: number, hi: number, d: number) => {
    const x = Number(v);
    return v !== undefined && v !== '' && Number.isInteger(x) && x >= lo && x <= hi ? x : d;
  };
  return {
    view: oneOf(p.view, VIEWS, DEFAULT_EMBED.view),
    levels: parseLevels(p.levels),
    theme: oneOf(p.theme, THEMES, DEFAULT_EMBED.theme),
    lang: oneOf(p.lang, LANGS, DEFAULT_EMBED.lang),
    height: n(p.height, 200, 1200, DEFAULT_EMBED.height),
    width: n(p.width, 0, 2000, DEFAULT_EMBED.width),
  };
}

/**
 * URL parameters of a configuration, defaults left out.
 * @example embedToParams({ ...DEFAULT_EMBED, view: 'trend' }).view // => 'trend'
 */
export function embedToParams(c: EmbedConfig): Record<string, string | undefined> {
  const d = DEFAULT_EMBED;
  return {
    view: c.view !== d.view ? c.view : undefined,
    levels: c.levels.length ? c.levels.join(',') : undefined,
    theme: c.theme !== d.theme ? c.theme : undefined,
    lang: c.lang !== d.lang ? c.lang : undefined,
    height: c.height !== d.height ? String(c.height) : undefined,
    width: c.width !== d.width ? String(c.width) : undefined,
  };
}

/**
 * The element's attributes for a configuration (names as the widget reads them).
 * @example widgetAttributes({ ...DEFAULT_EMBED, levels: [0, 5000] })['non-un-levels'] // => '0,5000'
 */
export function widgetAttributes(c: EmbedConfig): Record<string, string> {
  const a: Record<string, string> = { view: c.view, theme: c.theme, lang: c.lang, height: String(c.height) };
  if (c.levels.length) a['non-un-levels'] = c.levels.join(',');
  return a;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The script snippet: one module script (the widget's element script) and the element. With the
 * default numbers in English (no `levels`, `lang` en), the element holds the view's pre-rendered
 * image in `<noscript>` (from `fallbacks`, the widget's `fallback/fallbacks.json`), linked to its SVG:
 * readers without JavaScript see it, others never download it.
 * @example scriptSnippet(DEFAULT_EMBED, 'https://demo.example/widget/partnership-effect.js', [])
 */
export function scriptSnippet(
  c: EmbedConfig,
  scriptUrl: string,
  fallbacks: readonly FallbackInfo[] = [],
): string {
  const attrs = Object.entries(widgetAttributes(c))
    .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
    .join('');
  const style = c.width ? ` style="display:block;max-width:${c.width}px"` : '';
  const f = c.levels.length === 0 && c.lang === 'en' ? fallbacks.find((x) => x.view === c.view) : undefined;
  let inner = '';
  if (f) {
    const file = (ext: string) => escapeAttr(new URL(`fallback/${f.view}.${ext}`, scriptUrl).href);
    inner = `\n  <noscript><a href="${file('svg')}"><img src="${file('png')}" alt="${escapeAttr(f.alt)}" width="${f.width}" height="${f.height}" style="max-width:100%;height:auto"></a></noscript>\n`;
  }
  return `<script type="module" src="${escapeAttr(scriptUrl)}"></script>\n<partnership-effect${attrs}${style}>${inner}</partnership-effect>`;
}

/**
 * A short id for an embed's settings (FNV-1a of its query), sent back with its height messages.
 * @example embedId('view=trend') // 'pp-…' (8 hex digits)
 */
export function embedId(query: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < query.length; i++) h = Math.imul(h ^ query.charCodeAt(i), 0x01000193);
  return `pp-${(h >>> 0).toString(16).padStart(8, '0')}`;
}

/**
 * The iframe snippet pointing at `embed.html` with the same settings, and the host page's resize
 * script: the embed page reports its height and the script sizes the iframe to it, so the whole chart
 * shows at any width. Without the script (a CMS that strips it), the iframe keeps its first height,
 * an estimate, and scrolls inside when the chart is taller.
 * @example iframeSnippet(DEFAULT_EMBED, 'https://demo.example/embed.html')
 */
export function iframeSnippet(c: EmbedConfig, embedPageUrl: string): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(embedToParams(c))) if (v !== undefined) q.set(k, v);
  q.set('id', embedId(q.toString()));
  const src = `${embedPageUrl}?${q.toString()}`;
  const width = c.width ? String(c.width) : '100%';
  // Title, reading, chart, sources and downloads: about the chart's height plus 300 px at desktop widths.
  const iframe = `<iframe src="${escapeAttr(src)}" title="Partnership peacekeeping: battle deaths and troops (peacepanel)" width="${width}" height="${c.height + 300}" style="border:0;width:100%;max-width:${c.width ? `${c.width}px` : '100%'}" loading="lazy"></iframe>`;
  return `${iframe}\n${resizeScript(new URL(embedPageUrl).origin)}`;
}
