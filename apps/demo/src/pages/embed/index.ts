import type { FallbackInfo } from '@peacepanel/widget';
import { html, nothing, render, type TemplateResult } from 'lit';
import type { Route } from '../../routing/route.js';
import { createWidget, loadFallbacks, loadWidget, widgetScriptUrl } from '../../services/widget-loader.js';
import { mountScaffold, type PageScope } from '../../shell/page-scaffold.js';
import type { AppContext, PageView } from '../../shell/page-view.js';
import {
  type EmbedConfig,
  embedFromParams,
  embedToParams,
  iframeSnippet,
  LANG_NAMES,
  LANGS,
  parseLevels,
  scriptSnippet,
  THEMES,
  VIEWS,
  widgetAttributes,
} from './embed-config.js';

const VIEW_LABELS: Record<EmbedConfig['view'], string> = {
  effect: 'Effect of UN troops, with and without a partner',
  trend: 'Parallel deployments over time',
  scenario: 'Scenario: troops and predicted deaths',
};

/** The settings form: view, non-UN levels, theme, language, height, width. */
function settingsForm(c: EmbedConfig, set: (c: EmbedConfig) => void): TemplateResult {
  return html`<form class="card" @submit=${(e: Event) => e.preventDefault()}>
            <label for="embed-view">View</label>
            <select id="embed-view" @change=${(e: Event) => set({ ...c, view: (e.target as HTMLSelectElement).value as EmbedConfig['view'] })}>
              ${VIEWS.map((v) => html`<option value=${v} ?selected=${v === c.view}>${VIEW_LABELS[v]}</option>`)}
            </select>
            <label for="embed-levels">Non-UN troop levels to compare (comma-separated; empty = none and a typical partner)</label>
            <input id="embed-levels" type="text" inputmode="numeric" .value=${c.levels.join(', ')} placeholder="e.g. 0, 5000"
              @change=${(e: Event) => set({ ...c, levels: parseLevels((e.target as HTMLInputElement).value) })} />
            <label for="embed-theme">Theme</label>
            <select id="embed-theme" @change=${(e: Event) => set({ ...c, theme: (e.target as HTMLSelectElement).value as EmbedConfig['theme'] })}>
              ${THEMES.map((v) => html`<option value=${v} ?selected=${v === c.theme}>${v === 'auto' ? 'Follow the reader’s system' : v}</option>`)}
            </select>
            <label for="embed-lang">Language</label>
            <select id="embed-lang" @change=${(e: Event) => set({ ...c, lang: (e.target as HTMLSelectElement).value as EmbedConfig['lang'] })}>
              ${LANGS.map((v) => html`<option value=${v} lang=${v} ?selected=${v === c.lang}>${LANG_NAMES[v]}</option>`)}
            </select>
            <label for="embed-height">Height (px)</label>
            <input id="embed-height" type="number" min="200" max="1200" step="10" .value=${String(c.height)}
              @change=${(e: Event) => set({ ...c, height: Math.min(1200, Math.max(200, Number((e.target as HTMLInputElement).value) || 380)) })} />
            <label for="embed-width">Maximum width (px; 0 = the full width available)</label>
            <input id="embed-width" type="number" min="0" max="2000" step="10" .value=${String(c.width)}
              @change=${(e: Event) => set({ ...c, width: Math.min(2000, Math.max(0, Number((e.target as HTMLInputElement).value) || 0)) })} />
          </form>`;
}

/** The two snippets with their copy buttons and the copy status. */
function snippetsView(
  snippets: { script: string; iframe: string },
  copied: 'script' | 'iframe' | undefined,
  copy: (kind: 'script' | 'iframe', text: string) => void,
): TemplateResult {
  const { script, iframe } = snippets;
  return html`<div>
            <label for="snippet-script">Script snippet</label>
            <textarea id="snippet-script" rows="5" readonly .value=${script} data-testid="snippet-script"></textarea>
            <button type="button" @click=${() => copy('script', script)} data-testid="copy-script">Copy script snippet</button>
            <label for="snippet-iframe">Iframe snippet</label>
            <textarea id="snippet-iframe" rows="7" readonly .value=${iframe} data-testid="snippet-iframe"></textarea>
            <button type="button" @click=${() => copy('iframe', iframe)} data-testid="copy-iframe">Copy iframe snippet</button>
            <p role="status" aria-live="polite">${copied ? `The ${copied} snippet is on your clipboard.` : ''}</p>
          </div>`;
}

/** The page's state and its steps: copy a snippet, keep the preview in step with the settings. */
function embedSteps(page: PageScope) {
  const { host, ctx } = page;
  let copied: 'script' | 'iframe' | undefined;
  let widgetError: string | undefined;
  let previewKey = '';
  let fallbacks: FallbackInfo[] = [];
  const set = (c: EmbedConfig) => ctx.router.update(embedToParams(c), { replace: true });

  async function copy(kind: 'script' | 'iframe', text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      copied = kind;
    } catch {
      // Clipboard refused (permissions): select the text so Ctrl+C works.
      const area = host.querySelector<HTMLTextAreaElement>(`#snippet-${kind}`);
      area?.select();
      copied = undefined;
    }
    draw();
  }

  function updatePreview(c: EmbedConfig): void {
    const key = JSON.stringify(c);
    if (key === previewKey) return;
    previewKey = key;
    const box = host.querySelector<HTMLElement>('#embed-preview');
    if (!box) return;
    const el = createWidget(widgetAttributes(c));
    if (c.width) el.style.cssText = `display:block;max-width:${c.width}px`;
    box.replaceChildren(el);
  }

  function draw(): void {
    const c = embedFromParams(page.route.params);
    const script = scriptSnippet(c, widgetScriptUrl(), fallbacks);
    const iframe = iframeSnippet(c, new URL('embed.html', new URL('./', location.href)).href);
    render(
      html`<h1>Embed the chart</h1>
        <p class="lead">
          Put the finding on your own site. Choose what the chart shows, check the preview, then copy one snippet into
          your page: the <strong>script</strong> snippet (the chart adapts to your page's fonts and width) or the
          <strong>iframe</strong> snippet (the chart in a frame of its own; its short script sizes the frame to the
          whole chart at any width and listens only to messages from this site; where your site strips scripts, the
          frame keeps a fixed height and scrolls inside if the chart is taller).
        </p>
        <div class="grid-2">
          ${settingsForm(c, set)}
          ${snippetsView({ script, iframe }, copied, (kind, text) => void copy(kind, text))}
        </div>
        <h2>Preview</h2>
        ${widgetError ? html`<div class="error-box" role="alert">${widgetError}</div>` : nothing}
        <div id="embed-preview" class="card" data-testid="embed-preview"></div>`,
      host,
    );
    loadWidget()
      .then(() => updatePreview(c))
      .catch((e: unknown) => {
        widgetError = e instanceof Error ? e.message : String(e);
        previewKey = '';
        draw();
      });
  }

  // The pre-rendered images' sizes and texts, for the snippet's <noscript> fallback.
  void loadFallbacks().then((infos) => {
    fallbacks = infos;
    if (!page.disposed && infos.length) draw();
  });
  return {
    draw,
    routeChanged() {
      copied = undefined;
    },
  };
}

/**
 * Embed page: configure `<partnership-effect>` (view, non-UN levels, theme, language, size), see it
 * live, copy the script or the iframe snippet. The settings are in the URL; `embed.html` takes the
 * same parameters.
 */
export function mountPage(host: HTMLElement, ctx: AppContext, route: Route): PageView {
  return mountScaffold(host, ctx, route, embedSteps, { followData: false });
}
