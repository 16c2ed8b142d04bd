import { expandGrid, type MultiverseResult, parseOnly } from '@peacepanel/core';
import { getClient } from '../../services/client.js';
import { loadConflictMonths } from '../../services/conflict-months.js';
import type { DatasetStore } from '../../services/dataset-store.js';

/**
 * Loads the conflict-month panel into the worker once, when the run includes conflict-month
 * specifications (a failure leaves those rows failing with the reason, as the grid does for any
 * missing dataset).
 */
async function loadConflictMonthsFor(only: ReturnType<typeof parseOnly>): Promise<void> {
  if (!expandGrid(only).specs.some((s) => s.choices.unit === 'conflict-month')) return;
  await loadConflictMonths().catch(() => undefined);
}

/**
 * One multiverse run of the page, in the worker pool: its progress, its result or error, and Cancel.
 * `changed` is called whenever any of them changes (the page redraws).
 * @example // types-only: runs in the demo's worker pool
 * const runNb2 = (store: DatasetStore, redraw: () => void) => new MultiverseRun(store, redraw).start('model=nb2');
 */
export class MultiverseRun {
  result: MultiverseResult | undefined;
  /** The `only` text of the run that gave `result` ('' for the whole grid). */
  runKey = '';
  progress: { done: number; total: number } | undefined;
  running: AbortController | undefined;
  error: string | undefined;
  readonly #data: DatasetStore;
  readonly #changed: () => void;
  readonly #progressed: () => void;

  /** `changed` redraws at once; `progressed` (default `changed`) is called on each progress report. */
  constructor(data: DatasetStore, changed: () => void, progressed: () => void = changed) {
    this.#data = data;
    this.#changed = changed;
    this.#progressed = progressed;
  }

  /** Runs the grid restricted by `onlyText` (core's `--only` syntax), replacing a run in progress. */
  async start(onlyText: string | undefined): Promise<void> {
    this.running?.abort();
    const controller = new AbortController();
    this.running = controller;
    this.error = undefined;
    this.progress = { done: 0, total: 0 };
    this.runKey = onlyText ?? '';
    this.#changed();
    try {
      const only = onlyText ? parseOnly(onlyText) : {};
      await this.#data.use('bundled');
      const client = await getClient();
      await loadConflictMonthsFor(only);
      if (this.running !== controller) return;
      const onProgress = (p: { done: number; total: number }) => {
        this.progress = p;
        this.#progressed();
      };
      const r = await client.multiverse({ only }, { signal: controller.signal, onProgress });
      if (this.running !== controller) return;
      if (r.ok) this.result = r.value.result;
      else this.error = r.message;
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
    }
    if (this.running === controller) this.running = undefined;
    this.#changed();
  }

  /** Stops the run in progress. */
  cancel(): void {
    this.running?.abort();
    this.running = undefined;
    this.error = 'Cancelled. Run again to see the specification curve.';
    this.#changed();
  }
}
