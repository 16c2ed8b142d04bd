/**
 * `<partnership-effect>` in React 19 JSX (types only): `import type {} from '@peacepanel/widget/react'`
 * once in your app (or add it to `compilerOptions.types`). React 19 sets the element's attributes and
 * attaches `on<event-name>` props as listeners of that event, so `onpartnership-select` receives the
 * typed `CustomEvent`. Reference: react.dev, "Custom HTML elements".
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { PartnershipEffectElement } from '../partnership-effect/partnership-effect.component.js';
import type { PartnershipEffectAttributes, PartnershipEffectListeners } from './element-attributes.js';

/** The JSX props of `<partnership-effect>`: HTML attributes, its settings and its events. */
export type PartnershipEffectJsxProps = Omit<
  DetailedHTMLProps<HTMLAttributes<PartnershipEffectElement>, PartnershipEffectElement>,
  keyof PartnershipEffectAttributes
> &
  PartnershipEffectAttributes & {
    [K in keyof PartnershipEffectListeners as `on${K}`]?: PartnershipEffectListeners[K];
  };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'partnership-effect': PartnershipEffectJsxProps;
    }
  }
}
