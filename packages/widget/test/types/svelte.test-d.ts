// Type test of the Svelte 5 typings: the attributes svelte-check checks `<partnership-effect …>` against.
import type { SvelteHTMLElements } from 'svelte/elements';
import type {} from '../../src/frameworks/svelte.js';
import type {} from '../../src/partnership-effect/define.js';
import type { PartnershipEffectElement } from '../../src/partnership-effect/partnership-effect.component.js';

type Attributes = SvelteHTMLElements['partnership-effect'];

export const ok: Attributes = {
  view: 'effect',
  ci: 90,
  dataset: 'africa-cm',
  'data-src': 'https://ngo.example/panel.csv',
  'onpartnership-ready': (e) => e.detail.mode,
  'onpartnership-select': (e) => e.detail.datum,
};
// `bind:this` and document.createElement get the element's class (HTMLElementTagNameMap).
export const created: PartnershipEffectElement = document.createElement('partnership-effect');

// @ts-expect-error not a shipped language
export const badLang: Attributes = { lang: 'de' };
// @ts-expect-error not a bundled dataset
export const badDataset: Attributes = { dataset: 'acled' };
