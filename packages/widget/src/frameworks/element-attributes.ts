/**
 * The attributes of `<partnership-effect>` as a framework's templates see them, and its events. Shared
 * by the React, Vue and Svelte typings (`react.ts`, `vue.ts`, `svelte.ts`); types only, nothing runs.
 */
import type {
  PartnershipErrorEvent,
  PartnershipReadyEvent,
  PartnershipSelectEvent,
} from '../events/partnership-events.js';
import type { Lang } from '../partnership-effect/i18n.js';
import type { BUNDLED_DATASETS, Theme, View } from '../partnership-effect/settings.js';

/** The element's attributes (see the README's settings table); numbers may be given as strings. */
export interface PartnershipEffectAttributes {
  view?: View;
  'data-src'?: string;
  dataset?: (typeof BUNDLED_DATASETS)[number];
  'un-max'?: number | string;
  'non-un-levels'?: string;
  countries?: string;
  ci?: number | string;
  lang?: Lang;
  theme?: Theme;
  height?: number | string;
  /** Your own text alternative for the chart (its accessible description). */
  description?: string;
}

/** Each event's listener, by event name. */
export interface PartnershipEffectListeners {
  'partnership-ready': (event: PartnershipReadyEvent) => void;
  'partnership-error': (event: PartnershipErrorEvent) => void;
  'partnership-select': (event: PartnershipSelectEvent) => void;
}
