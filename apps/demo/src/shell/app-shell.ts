import { html, render } from 'lit';
import { formatRoute, PAGE_TITLES, PAGES, type PageId, parseRoute, type Route } from '../routing/route.js';
import { PAGE_LOADERS } from './page-loaders.js';
import type { AppContext, PageView } from './page-view.js';
import { applyTheme, readTheme, type ThemeChoice } from './theme.js';

/**
 * The frame around every page: skip link, navigation, theme choice, the dataset in use, and the
 * page outlet. Pages load on demand; on a page change focus moves to the new heading and the title
 * changes, so screen readers announce the page.
 */
export class AppShell {
  readonly #root: HTMLElement;
  readonly #ctx: AppContext;
  #page: PageId | undefined;
  #view: PageView | undefined;
  #outlet: HTMLElement | undefined;
  #loadToken = 0;

  constructor(root: HTMLElement, ctx: AppContext) {
    this.#root = root;
    this.#ctx = ctx;
    root.replaceChildren();
    ctx.router.subscribe((route) => void this.#show(route));
    ctx.data.subscribe(() => this.#renderFrame(ctx.router.route));
    // In-app links (`?page=…`) navigate without a reload and keep the dataset choice.
    root.addEventListener('click', (e) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const a = (e.target as Element | null)?.closest?.('a');
      const href = a?.getAttribute('href');
      if (!a || !href?.startsWith('?') || a.hasAttribute('download')) return;
      e.preventDefault();
      const [search = '', hash] = href.split('#');
      const target = parseRoute(search);
      const data = ctx.router.route.params.data;
      if (data && !target.params.data) target.params.data = data;
      ctx.router.navigate(target);
      if (hash) requestAnimationFrame(() => document.getElementById(hash)?.scrollIntoView());
    });
  }

  /** Renders the frame and the page of the current URL. */
  async start(): Promise<void> {
    applyTheme(document.documentElement, localStorage, readTheme(localStorage));
    await this.#show(this.#ctx.router.route);
  }

  async #show(route: Route): Promise<void> {
    this.#renderFrame(route);
    if (route.page === this.#page && this.#view) {
      this.#view.update(route);
      return;
    }
    const token = ++this.#loadToken;
    const previous = this.#page;
    this.#view?.dispose();
    this.#view = undefined;
    this.#page = route.page;
    const outlet = this.#outlet!;
    outlet.replaceChildren();
    outlet.setAttribute('aria-busy', 'true');
    const loading = document.createElement('p');
    loading.className = 'loading';
    loading.textContent = `Loading ${PAGE_TITLES[route.page]}…`;
    outlet.append(loading);
    const mod = await PAGE_LOADERS[route.page]();
    if (token !== this.#loadToken) return;
    outlet.replaceChildren();
    const host = document.createElement('div');
    host.className = `page page-${route.page}`;
    outlet.append(host);
    this.#view = mod.mountPage(host, this.#ctx, route);
    outlet.removeAttribute('aria-busy');
    document.title = `${PAGE_TITLES[route.page]} · peacepanel`;
    if (previous !== undefined) {
      const h1 = host.querySelector('h1');
      if (h1) {
        h1.tabIndex = -1;
        h1.focus();
      }
    }
  }

  #go(e: MouseEvent, page: PageId): void {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    // Keep the dataset choice when changing pages; drop the other page's parameters.
    const data = this.#ctx.router.route.params.data;
    this.#ctx.router.navigate({ page, params: data ? { data } : {} });
  }

  #renderFrame(route: Route): void {
    const theme = readTheme(localStorage);
    const active = this.#ctx.data.current;
    const data = route.params.data;
    render(
      html`<a class="skip-link" href="#content">Skip to content</a>
        <header class="site">
          <a class="brand" href="./" @click=${(e: MouseEvent) => this.#go(e, 'overview')}>peacepanel</a>
          <nav aria-label="Pages">
            <ul>
              ${PAGES.map(
                (p) =>
                  html`<li>
                    <a
                      href=${formatRoute({ page: p, params: data ? { data } : {} })}
                      aria-current=${p === route.page ? 'page' : 'false'}
                      @click=${(e: MouseEvent) => this.#go(e, p)}
                      >${PAGE_TITLES[p]}</a
                    >
                  </li>`,
              )}
            </ul>
          </nav>
          <div class="tools">
            <span class="muted" data-testid="dataset-badge"
              title=${active?.title ?? ''}
              >${active ? (active.source === 'upload' ? `Data: your upload (${active.fileName})` : `Data: ${active.id} (bundled)`) : 'Loading data…'}</span
            >
            <label class="inline" for="theme-choice"><span class="visually-hidden">Colour theme</span></label>
            <select
              id="theme-choice"
              aria-label="Colour theme"
              .value=${theme}
              @change=${(e: Event) => {
                applyTheme(
                  document.documentElement,
                  localStorage,
                  (e.target as HTMLSelectElement).value as ThemeChoice,
                );
                this.#renderFrame(this.#ctx.router.route);
              }}
            >
              <option value="auto">Theme: system</option>
              <option value="light">Theme: light</option>
              <option value="dark">Theme: dark</option>
            </select>
          </div>
        </header>
        <main id="content" tabindex="-1">
          ${this.#ctx.data.error ? html`<div class="error-box" role="alert">The data could not be loaded: ${this.#ctx.data.error}</div>` : ''}
          <div id="outlet"></div>
        </main>
        <footer class="site">
          peacepanel · evidence from Schumann &amp; Bara (2023), <i>International Studies Quarterly</i> · code MIT ·
          data licences on the <a href="?page=method">Method</a> page
        </footer>`,
      this.#root,
    );
    this.#outlet = this.#root.querySelector<HTMLElement>('#outlet') ?? undefined;
  }
}
