/**
 * `<partnership-effect>` in Vue 3 templates (types only, for vue-tsc / Volar):
 * `import type {} from '@peacepanel/widget/vue'`. Tell Vue's compiler it is a custom element
 * (`compilerOptions.isCustomElement: (tag) => tag === 'partnership-effect'`); then `@partnership-select`
 * receives the typed `CustomEvent`. Reference: vuejs.org, "Vue and Web Components" (TypeScript).
 */
import type { HTMLAttributes } from 'vue';
import type { PartnershipEffectElement } from '../partnership-effect/partnership-effect.component.js';
import type { PartnershipEffectAttributes, PartnershipEffectListeners } from './element-attributes.js';

/** `partnership-select` → `onPartnershipSelect`, the prop Vue's `@partnership-select` becomes. */
type VueListenerName<K extends string> = K extends `${infer A}-${infer B}`
  ? `${A}${Capitalize<VueListenerName<B>>}`
  : K;

/** The template props of `<partnership-effect>` in Vue. */
export type PartnershipEffectVueProps = Omit<HTMLAttributes, keyof PartnershipEffectAttributes> &
  PartnershipEffectAttributes & {
    [K in keyof PartnershipEffectListeners as `on${Capitalize<VueListenerName<K>>}`]?: PartnershipEffectListeners[K];
  };

declare module 'vue' {
  interface GlobalComponents {
    'partnership-effect': new () => PartnershipEffectElement & { $props: PartnershipEffectVueProps };
  }
}
