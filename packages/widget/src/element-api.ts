/**
 * What the bundle exports in a window: the element class and its registration. Imported by
 * `index.ts` only where there is a DOM, so lit (whose classes extend `HTMLElement`) is never
 * evaluated in the live-fit worker that runs the same file.
 */
export { definePartnershipEffect, TAG_NAME } from './partnership-effect/define.js';
export {
  PartnershipEffectElement,
  WIDGET_VERSION,
} from './partnership-effect/partnership-effect.component.js';
