/**
 * A Lit reactive controller that redraws its host when what the chart's colours depend on changes:
 * the reader's colour scheme (`prefers-color-scheme`) and printing (the chart is redrawn black on white
 * before the print layout), and that reports the host's width from a `ResizeObserver`.
 * Reference: Lit, "Reactive controllers" (https://lit.dev/docs/composition/controllers/).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Redraws the host on scheme, print and width changes. */
export class MediaController implements ReactiveController {
  /** The host's content width in px (0 before the first measurement). */
  width = 0;
  #printing = false;
  readonly #host: ReactiveControllerHost & HTMLElement;
  #resize: ResizeObserver | undefined;
  #scheme: MediaQueryList | undefined;
  #print: MediaQueryList | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /** True while the page is printed (between `beforeprint` and `afterprint`, or in print media). */
  get printing(): boolean {
    return this.#printing || this.#print?.matches === true;
  }

  hostConnected(): void {
    this.#resize = new ResizeObserver((entries) => {
      const w = Math.floor(entries[0]?.contentRect.width ?? 0);
      if (w > 0 && Math.abs(w - this.width) >= 1) {
        this.width = w;
        this.#host.requestUpdate();
      }
    });
    this.#resize.observe(this.#host);
    this.#scheme = window.matchMedia('(prefers-color-scheme: dark)');
    this.#scheme.addEventListener('change', this.#onChange);
    this.#print = window.matchMedia('print');
    this.#print.addEventListener('change', this.#onChange);
    window.addEventListener('beforeprint', this.#onPrint);
    window.addEventListener('afterprint', this.#onPrint);
  }

  hostDisconnected(): void {
    this.#resize?.disconnect();
    this.#scheme?.removeEventListener('change', this.#onChange);
    this.#print?.removeEventListener('change', this.#onChange);
    window.removeEventListener('beforeprint', this.#onPrint);
    window.removeEventListener('afterprint', this.#onPrint);
  }

  readonly #onChange = () => this.#host.requestUpdate();

  readonly #onPrint = (e: Event) => {
    this.#printing = e.type === 'beforeprint';
    this.#host.requestUpdate();
  };
}
