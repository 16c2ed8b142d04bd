/**
 * `embed.html`: the page the iframe snippet points at. Reads the same parameters as the Embed page,
 * loads the widget bundle and shows one `<partnership-effect>` filling the frame, and reports its
 * height to the host page (`post-height.ts`), whose resize script sizes the iframe.
 */
import { embedFromParams, widgetAttributes } from '../pages/embed/embed-config.js';
import { createWidget, loadWidget } from '../services/widget-loader.js';
import { postHeightToParent } from './post-height.js';

const params = Object.fromEntries(new URLSearchParams(location.search));
const config = embedFromParams(params);
document.documentElement.lang = config.lang;
if (config.lang === 'ar') document.documentElement.dir = 'rtl';
if (config.theme !== 'auto') document.documentElement.dataset.theme = config.theme;
const host = document.getElementById('embed') ?? document.body;
host.replaceChildren(createWidget(widgetAttributes(config)));
postHeightToParent(params.id ?? 'peacepanel');
loadWidget().catch((e: unknown) => {
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.textContent = `The chart could not load: ${e instanceof Error ? e.message : String(e)}`;
  host.append(p);
});
