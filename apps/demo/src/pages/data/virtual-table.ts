import type { Table } from '@peacepanel/core';
import { html, nothing, render } from 'lit';
import type { SortDirection } from './table-query.js';
import { visibleWindow } from './virtual-window.js';

const ROW_HEIGHT = 32;
const OVERSCAN = 8;
const num = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

/**
 * Formats one cell: numbers with grouping, missing as an em dash.
 * @example cellText({ kind: 'number', values: Float64Array.of(12345) }, 0) // => '12,345'
 */
export function cellText(col: Table['columns'][string] | undefined, i: number): string {
  if (!col) return '';
  if (col.kind === 'number') {
    const v = col.values[i] ?? Number.NaN;
    return Number.isNaN(v) ? '—' : num.format(v);
  }
  return col.values[i] ?? '—';
}

export interface VirtualTableState {
  table: Table;
  order: Uint32Array;
  columns: string[];
  sortColumn: string | undefined;
  sortDirection: SortDirection;
  caption: string;
}

/**
 * A table that stays smooth with tens of thousands of rows: only the rows in view (plus a margin)
 * are in the DOM; spacer rows keep the scroll height. It is a real <table> with `aria-rowcount` /
 * `aria-rowindex`, sortable headers are buttons with `aria-sort`, and the scroll box is focusable
 * so the keyboard scrolls it.
 * @example // types-only: needs a browser page (`document`)
 * import { tableFromRows } from '@peacepanel/core';
 * const table = tableFromRows([{ country: 'Mali', battle_deaths: 12 }]);
 * const vt = new VirtualTable(document.body, (column) => console.log(`sort by ${column}`));
 * vt.set({ table, order: Uint32Array.of(0), columns: ['country', 'battle_deaths'], sortColumn: undefined, sortDirection: 'asc', caption: 'Panel rows' });
 */
export class VirtualTable {
  readonly #host: HTMLElement;
  readonly #onSort: (column: string) => void;
  #state: VirtualTableState | undefined;
  #frame = 0;
  #scroller: HTMLElement | undefined;

  constructor(host: HTMLElement, onSort: (column: string) => void) {
    this.#host = host;
    this.#onSort = onSort;
  }

  set(state: VirtualTableState): void {
    const resetScroll =
      this.#state !== undefined &&
      (this.#state.order !== state.order || this.#state.table !== state.table) &&
      this.#scroller !== undefined;
    this.#state = state;
    if (resetScroll && this.#scroller) this.#scroller.scrollTop = 0;
    this.#draw();
  }

  dispose(): void {
    cancelAnimationFrame(this.#frame);
  }

  #schedule = (): void => {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#draw();
    });
  };

  #draw(): void {
    const s = this.#state;
    if (!s) return;
    const scroller = this.#scroller;
    const w = visibleWindow({
      scrollTop: scroller?.scrollTop ?? 0,
      viewport: scroller?.clientHeight ?? 480,
      rowHeight: ROW_HEIGHT,
      total: s.order.length,
      overscan: OVERSCAN,
    });
    const rows = [];
    for (let k = w.start; k < w.end; k++) {
      const i = s.order[k] ?? 0;
      rows.push(
        html`<tr aria-rowindex=${k + 2}>
          ${s.columns.map((c) => html`<td>${cellText(s.table.columns[c], i)}</td>`)}
        </tr>`,
      );
    }
    render(
      html`<div
        class="vt-scroll"
        tabindex="0"
        role="region"
        aria-label=${`${s.caption} (scrollable)`}
        @scroll=${this.#schedule}
      >
        <table class="plain vt" aria-rowcount=${s.order.length + 1}>
          <caption class="visually-hidden">${s.caption}</caption>
          <thead>
            <tr aria-rowindex="1">
              ${s.columns.map((c) => {
                const sorted = s.sortColumn === c;
                return html`<th
                  scope="col"
                  aria-sort=${sorted ? (s.sortDirection === 'asc' ? 'ascending' : 'descending') : 'none'}
                >
                  <button class="sort" type="button" @click=${() => this.#onSort(c)}>
                    ${c}<span aria-hidden="true">${sorted ? (s.sortDirection === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                  </button>
                </th>`;
              })}
            </tr>
          </thead>
          <tbody>
            ${w.padTop > 0 ? html`<tr class="vt-spacer" aria-hidden="true" style="height:${w.padTop}px"></tr>` : nothing}
            ${rows}
            ${w.padBottom > 0 ? html`<tr class="vt-spacer" aria-hidden="true" style="height:${w.padBottom}px"></tr>` : nothing}
          </tbody>
        </table>
      </div>`,
      this.#host,
    );
    if (!this.#scroller) {
      this.#scroller = this.#host.querySelector<HTMLElement>('.vt-scroll') ?? undefined;
      if (this.#scroller) this.#draw();
    }
  }
}
