import { type Lang, setLocaleUrls } from './i18n.js';
import { LiveFitLoader } from './live-fit-loader.js';
import { MULTIVERSE_CURVE_FILE } from './multiverse-curve.js';
import { PartnershipEffectElement, WIDGET_VERSION } from './partnership-effect.component.js';
import { PRECOMPUTED_FILE, precomputedViews } from './precomputed.js';

/** The element's tag name. */
export const TAG_NAME = 'partnership-effect';

/**
 * Registers `<partnership-effect>` unless a copy is already registered (two embeds on one page, or
 * two versions: the first wins and the second warns instead of throwing, after Shoelace's
 * `define()`). Sets where the element's files come from; all sit next to its script, and starts
 * fetching the precomputed default views (a few KB), which most embeds paint from.
 * @param datasetBase folder of the bundled `<id>.json` datasets.
 * @param liveFitModule the live-fit module (`live-fit.js`), imported on the first live fit and run by the
 * live-fit worker (default: `../live-fit.js` from `datasetBase`).
 * @param views the precomputed default views (default: `../default-views.json` from `datasetBase`).
 * @param files where single files are when not at their default place (an app bundler emits them
 * under hashed names): `datasets`, each bundled dataset's URL (else `<datasetBase><id>.json`);
 * `locales`, each lazily loaded language module (`locales/<lang>.js` next to the script); `multiverse`,
 * the robustness view's `multiverse-curve.json` (default: `../multiverse-curve.json` from `datasetBase`).
 * @returns the class registered under the tag (the existing one when already defined).
 * @example definePartnershipEffect(new URL('./datasets/', import.meta.url), new URL('./live-fit.js', import.meta.url))
 */
export function definePartnershipEffect(
  datasetBase: URL,
  liveFitModule: URL = new URL('../live-fit.js', datasetBase),
  views: URL = new URL(`../${PRECOMPUTED_FILE}`, datasetBase),
  files: { datasets?: Record<string, URL>; locales?: Partial<Record<Lang, URL>>; multiverse?: URL } = {},
): CustomElementConstructor {
  if (files.locales) setLocaleUrls(files.locales);
  if (!PartnershipEffectElement.resources) {
    PartnershipEffectElement.resources = {
      datasets: datasetBase,
      datasetUrls: files.datasets ?? {},
      views,
      multiverse: files.multiverse ?? new URL(`../${MULTIVERSE_CURVE_FILE}`, datasetBase),
      liveFit: new LiveFitLoader(liveFitModule),
    };
    // Requested now, while the page is still parsing, rather than when the first element updates.
    void precomputedViews(views.href);
  }
  const existing = customElements.get(TAG_NAME);
  if (existing) {
    const other = (existing as unknown as { version?: string }).version;
    if (existing !== PartnershipEffectElement && other !== WIDGET_VERSION)
      console.warn(
        `<${TAG_NAME}>: version ${WIDGET_VERSION} was loaded after version ${other ?? 'unknown'}; the first one stays in use.`,
      );
    return existing;
  }
  customElements.define(TAG_NAME, PartnershipEffectElement);
  return PartnershipEffectElement;
}

declare global {
  interface HTMLElementTagNameMap {
    'partnership-effect': PartnershipEffectElement;
  }
}
