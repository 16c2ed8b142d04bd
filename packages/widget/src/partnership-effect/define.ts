import { type Lang, setLocaleUrls } from './i18n.js';
import { PartnershipEffect, WIDGET_VERSION } from './partnership-effect.component.js';
import { releaseEngine, retainEngine, sharedEngine } from './shared-engine.js';

/** The element's tag name. */
export const TAG_NAME = 'partnership-effect';

/**
 * Registers `<partnership-effect>` unless a copy is already registered (two embeds on one page, or
 * two versions: the first wins and the second warns instead of throwing, after Shoelace's
 * `define()`). Sets where the shared engine and the bundled datasets come from.
 * @param datasetBase folder of the bundled `<id>.json` datasets.
 * @param engineScript the widget's script, which the engine worker imports (default: this module's URL,
 * which in the built bundle is `partnership-effect.js`).
 * @param datasetUrls the URL of each bundled dataset where it is not `<datasetBase><id>.json` (an app
 * bundler emits the files under hashed names).
 * @param localeUrls the lazily loaded language modules (`locales/<lang>.js` next to the script).
 * @returns the class registered under the tag (the existing one when already defined).
 * @example definePartnershipEffect(new URL('./datasets/', import.meta.url), new URL(import.meta.url))
 */
export function definePartnershipEffect(
  datasetBase: URL,
  engineScript?: URL,
  datasetUrls?: Record<string, URL>,
  localeUrls?: Partial<Record<Lang, URL>>,
): CustomElementConstructor {
  if (localeUrls) setLocaleUrls(localeUrls);
  PartnershipEffect.datasetBase ??= datasetBase;
  PartnershipEffect.datasetUrls ??= datasetUrls;
  PartnershipEffect.engineProvider ??= () => sharedEngine(engineScript);
  PartnershipEffect.engineUsers ??= { retain: retainEngine, release: () => releaseEngine() };
  const existing = customElements.get(TAG_NAME);
  if (existing) {
    const other = (existing as unknown as { version?: string }).version;
    if (existing !== PartnershipEffect && other !== WIDGET_VERSION)
      console.warn(
        `<${TAG_NAME}>: version ${WIDGET_VERSION} was loaded after version ${other ?? 'unknown'}; the first one stays in use.`,
      );
    return existing;
  }
  customElements.define(TAG_NAME, PartnershipEffect);
  return PartnershipEffect;
}

declare global {
  interface HTMLElementTagNameMap {
    'partnership-effect': PartnershipEffect;
  }
}
