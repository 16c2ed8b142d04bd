/**
 * `<partnership-effect>` in Svelte 5 markup (types only, for svelte-check):
 * `import type {} from '@peacepanel/widget/svelte'`. Svelte sets the element's attributes and attaches
 * `on<event-name>` attributes as listeners, so `onpartnership-select` receives the typed `CustomEvent`;
 * `bind:this` gets a `PartnershipEffectElement` (HTMLElementTagNameMap, declared by the package).
 * Reference: svelte.dev, "TypeScript: enhancing built-in DOM types".
 */
import type { HTMLAttributes } from 'svelte/elements';
import type { PartnershipEffectElement } from '../partnership-effect/partnership-effect.component.js';
import type { PartnershipEffectAttributes, PartnershipEffectListeners } from './element-attributes.js';

/** The markup attributes of `<partnership-effect>` in Svelte. */
export type PartnershipEffectSvelteAttributes = Omit<
  HTMLAttributes<PartnershipEffectElement>,
  keyof PartnershipEffectAttributes
> &
  PartnershipEffectAttributes & {
    [K in keyof PartnershipEffectListeners as `on${K}`]?: PartnershipEffectListeners[K];
  };

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'partnership-effect': PartnershipEffectSvelteAttributes;
  }
}
