// Type test of the Vue typings: the props Volar/vue-tsc check `<partnership-effect …>` against.
import type { GlobalComponents } from 'vue';
import type {} from '../../src/frameworks/vue.js';
import type { PartnershipEffectElement } from '../../src/partnership-effect/partnership-effect.component.js';

type Props = InstanceType<GlobalComponents['partnership-effect']>['$props'];

export const ok: Props = {
  view: 'scenario',
  'non-un-levels': '0, 5000',
  ci: '90',
  class: 'chart',
  onPartnershipSelect: (e) => e.detail.label,
  onPartnershipReady: (e) => e.detail.points,
  onPartnershipError: (e) => e.detail.message,
};
export const element: PartnershipEffectElement = new (
  null as unknown as GlobalComponents['partnership-effect']
)();

// @ts-expect-error not a theme
export const badTheme: Props = { theme: 'blue' };
// @ts-expect-error the error event's detail has no datum
export const badListener: Props = { onPartnershipError: (e) => e.detail.datum };
