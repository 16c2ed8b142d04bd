/**
 * @peacepanel/widget: the `<partnership-effect>` web component. Importing this module registers the
 * element (guarded: a second copy on the page does nothing). The bundled datasets are fetched from
 * `./datasets/` next to this script, only when a chart needs them.
 */
import { definePartnershipEffect, TAG_NAME } from './partnership-effect/define.js';

definePartnershipEffect(new URL('./datasets/', import.meta.url));

export type {
  PartnershipErrorDetail,
  PartnershipErrorEvent,
  PartnershipEventMap,
  PartnershipReadyDetail,
  PartnershipReadyEvent,
  PartnershipSelectDetail,
  PartnershipSelectEvent,
} from './events/partnership-events.js';
export type { Lang } from './partnership-effect/i18n.js';
export { PartnershipEffect, WIDGET_VERSION } from './partnership-effect/partnership-effect.component.js';
export type { Theme, View } from './partnership-effect/settings.js';
export { definePartnershipEffect, TAG_NAME };
