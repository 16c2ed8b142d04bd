/**
 * Loads the published widget bundle (`/widget/partnership-effect.js`, copied from @peacepanel/widget
 * at build time) exactly as an NGO page would, with a module script. Loaded once.
 */
let loading: Promise<void> | undefined;

/** URL of the widget bundle served with the demo. */
export function widgetScriptUrl(base: string = location.href): string {
  return new URL('widget/partnership-effect.js', new URL('./', base)).href;
}

/**
 * Adds the widget's module script once and resolves when `<partnership-effect>` is defined.
 * @example await loadWidget(); document.createElement('partnership-effect')
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

/**
 * Creates a configured `<partnership-effect>` element.
 * @example host.append(createWidget({ view: 'effect', theme: 'dark' }))
 */
export function createWidget(attributes: Record<string, string>): HTMLElement {
  const el = document.createElement('partnership-effect');
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  return el;
}
