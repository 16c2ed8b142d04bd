/**
 * Loads the published widget bundle (`/widget/partnership-effect.js`, copied from @peacepanel/widget
 * at build time) exactly as an NGO page would, with a module script. Loaded once.
 */
import type { FallbackInfo } from '@peacepanel/widget';

let loading: Promise<void> | undefined;

/** URL of the widget bundle served with the demo. */
export function widgetScriptUrl(base: string = location.href): string {
  return new URL('widget/partnership-effect.js', new URL('./', base)).href;
}

/**
 * Adds the widget's module script once and resolves when `<partnership-effect>` is defined.
 * @example // types-only: needs a browser page (`document`)
 * await loadWidget(); document.createElement('partnership-effect')
 */
export function loadWidget(): Promise<void> {
  if (customElements.get('partnership-effect')) return Promise.resolve();
  loading ??= new Promise<void>((resolve, reject) => {
    const s = document.createElement('script');
    s.type = 'module';
    s.src = widgetScriptUrl();
    s.onerror = () => {
      loading = undefined;
      reject(new Error(`could not load the widget from ${s.src}`));
    };
    document.head.append(s);
    void customElements.whenDefined('partnership-effect').then(() => resolve());
  });
  return loading;
}

let fallbacks: Promise<FallbackInfo[]> | undefined;

/**
 * The widget's pre-rendered default views (`widget/fallback/fallbacks.json`: sizes and text
 * alternatives), for the `<noscript>` fallback of the script snippet; empty when unavailable.
 * @example // types-only: needs a browser page (`location`)
 * const infos = await loadFallbacks(); infos.find((f) => f.view === 'effect')?.alt
 */
export function loadFallbacks(base: string = location.href): Promise<FallbackInfo[]> {
  fallbacks ??= fetch(new URL('widget/fallback/fallbacks.json', new URL('./', base)))
    .then((r) => (r.ok ? (r.json() as Promise<FallbackInfo[]>) : []))
    .catch(() => []);
  return fallbacks;
}

/**
 * Creates a configured `<partnership-effect>` element.
 * @example // types-only: needs a browser page (`document`)
 * document.body.append(createWidget({ view: 'effect', theme: 'dark' }));
 */
export function createWidget(attributes: Record<string, string>): HTMLElement {
  const el = document.createElement('partnership-effect');
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  return el;
}
