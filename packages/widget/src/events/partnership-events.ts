/**
 * The events `<partnership-effect>` dispatches, typed in one place (pattern: Shoelace's
 * `src/events/*.ts`). All bubble and cross the shadow boundary (`composed`).
 */

import type { View } from '../partnership-effect/settings.js';

/** `partnership-ready`: a chart has been drawn from data. */
export interface PartnershipReadyDetail {
  view: View;
  /**
   * Where the model ran: `precomputed` when the default view was drawn from values fitted at build
   * time (no dataset or engine download); otherwise a Web Worker, or the main thread (`in-thread`)
   * when the page forbids workers.
   */
  mode: 'precomputed' | 'worker' | 'in-thread';
  dataset: string;
  /** Number of data points drawn. */
  points: number;
}

/** `partnership-error`: loading or fitting failed; the element shows the message and a retry button. */
export interface PartnershipErrorDetail {
  code: string;
  message: string;
}

/** `partnership-select`: the reader picked a data point (Enter/Space or click). */
export interface PartnershipSelectDetail {
  view: View;
  /** The plotted values of that point, e.g. `{ un_troops, nonun_troops, fit, lower, upper }`. */
  datum: Record<string, number | string | null>;
  /** The point's description as read to screen readers. */
  label: string;
}

export type PartnershipReadyEvent = CustomEvent<PartnershipReadyDetail>;
export type PartnershipErrorEvent = CustomEvent<PartnershipErrorDetail>;
export type PartnershipSelectEvent = CustomEvent<PartnershipSelectDetail>;

/** Event names and their detail types. */
export interface PartnershipEventMap {
  'partnership-ready': PartnershipReadyDetail;
  'partnership-error': PartnershipErrorDetail;
  'partnership-select': PartnershipSelectDetail;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'partnership-ready': PartnershipReadyEvent;
    'partnership-error': PartnershipErrorEvent;
    'partnership-select': PartnershipSelectEvent;
  }
}

/**
 * Dispatches a typed, bubbling, composed event from `target`.
 * @example // types-only: needs a DOM
 * const el = document.createElement('partnership-effect');
 * emit(el, 'partnership-error', { code: 'NO_DATA', message: 'no rows' })
 */
export function emit<K extends keyof PartnershipEventMap>(
  target: EventTarget,
  name: K,
  detail: PartnershipEventMap[K],
): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
