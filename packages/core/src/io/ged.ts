import { z } from 'zod';
import type { Exclusion } from '../types/exclusion.js';
import { monthIndex } from './cells.js';
import { type CsvRow, streamCsv, type TextSource } from './csv.js';
import { HeaderIndex, readNumber, readYearMonth, validateRow } from './row-schema.js';

/** Which month(s) an event that spans several months counts in. */
export const GedAttributionSchema = z.enum(['split', 'start', 'end']);
export type GedAttribution = z.infer<typeof GedAttributionSchema>;

export const GedOptionsSchema = z.object({
  /**
   * `split` (default): deaths divided evenly over every calendar month from `date_start` to `date_end`,
   * as Bara & Schumann's ucdplink does; `start` / `end`: all in the month of `date_start` / `date_end`
   * (ViEWS uses `end`).
   */
  attribution: GedAttributionSchema.default('split'),
  /** Aggregate by conflict (`conflict_new_id`; `conflict_name` in GED 2.0 files) or by event-location country (`country_id`, Gleditsch–Ward). */
  by: z.enum(['conflict', 'country']).default('conflict'),
  /** UCDP violence types to keep: 1 state-based (default), 2 non-state, 3 one-sided. */
  types: z.array(z.union([z.literal(1), z.literal(2), z.literal(3)])).default([1]),
  /** File name for messages. */
  file: z.string().optional(),
});
export type GedOptions = z.input<typeof GedOptionsSchema>;

/** One conflict-month (or country-month) of GED deaths. Fractions arise from splitting multi-month events. */
export interface GedMonth {
  /** `conflict_new_id` (or `conflict_name` in GED 2.0), or the Gleditsch–Ward `country_id` as text. */
  key: string;
  /** A readable name: the conflict name, or the country name. */
  name: string;
  year: number;
  month: number;
  best: number;
  low: number;
  high: number;
  /** `deaths_civilians` of the same events (NaN when the file has no such column). */
  civilians: number;
  /** Number of events that touch this month (an event split over 3 months counts in each). */
  events: number;
}

export interface GedImport {
  months: GedMonth[];
  /** Data rows read (all violence types). */
  rowsRead: number;
  /** Rows kept (the chosen violence types). */
  eventsUsed: number;
  /** Rows of other violence types, left out by design. */
  otherTypes: number;
  exclusions: Exclusion[];
}

const EventSchema = z.object({
  type_of_violence: z.number().int().min(1).max(3),
  best: z.number().nonnegative(),
  low: z.number().nonnegative().or(z.nan()),
  high: z.number().nonnegative().or(z.nan()),
  deaths_civilians: z.number().nonnegative().or(z.nan()),
});

/**
 * Aggregates UCDP GED events row by row, holding only one accumulator per conflict-month (or
 * country-month), so files of any size can be streamed through `add`. Events spanning several
 * months are split evenly across them (or counted in their start or end month, see
 * `GedOptions.attribution`). Rows whose dates or best estimate are missing are excluded and
 * counted; malformed values throw located errors.
 *
 * Reference: Sundberg & Melander (2013) "Introducing the UCDP Georeferenced Event Dataset", JPR 50(4);
 * UCDP GED codebook (type_of_violence, best/low/high, date_start/date_end); Bara & Schumann (2025)
 * ucdplink for the even split. Cost: O(rows) time, O(conflict-months) memory.
 * @example
 * const agg = new GedAggregator(header, { attribution: 'split' });
 * for (const row of rows) agg.add(row);
 * agg.result().months // [{ key: '314', year: 2009, month: 8, best: 2, ... }, ...]
 */
export class GedAggregator {
  private readonly options: z.infer<typeof GedOptionsSchema>;
  private readonly acc = new Map<number, GedMonth>();
  private readonly units = new Map<string, { index: number; key: string; name: string }>();
  private readonly cols: Record<
    'type' | 'key' | 'name' | 'start' | 'end' | 'best' | 'low' | 'high' | 'civ',
    number
  >;
  private rowsRead = 0;
  private eventsUsed = 0;
  private otherTypes = 0;
  private readonly excluded = new Map<string, Exclusion>();
  private readonly keep: Set<number>;

  constructor(header: readonly string[], options: GedOptions = {}) {
    this.options = GedOptionsSchema.parse(options);
    this.keep = new Set(this.options.types);
    const h = new HeaderIndex(header, this.options.file);
    const byConflict = this.options.by === 'conflict';
    this.cols = {
      type: h.require('type_of_violence'),
      key: byConflict ? h.require('conflict_new_id', 'conflict_name') : h.require('country_id'),
      name: byConflict ? h.find('conflict_name') : h.find('country'),
      start: h.require('date_start'),
      end: h.require('date_end'),
      best: h.require('best', 'best_est'),
      low: h.find('low'),
      high: h.find('high'),
      civ: h.find('deaths_civilians'),
    };
  }

  /** Adds one event row. */
  add(row: CsvRow): void {
    this.rowsRead += 1;
    const v = row.values;
    const file = this.options.file;
    const c = this.cols;
    const loc = (column: string) => ({ file, line: row.line, column });
    const type = readNumber(v, c.type, loc('type_of_violence'));
    if (!this.keep.has(type) && (type === 1 || type === 2 || type === 3)) {
      this.otherTypes += 1;
      return;
    }
    const best = readNumber(v, c.best, loc('best'));
    const low = c.low < 0 ? Number.NaN : readNumber(v, c.low, loc('low'));
    const high = c.high < 0 ? Number.NaN : readNumber(v, c.high, loc('high'));
    const civ = c.civ < 0 ? Number.NaN : readNumber(v, c.civ, loc('deaths_civilians'));
    // fast path for valid rows; the zod schema decides (and words the error) otherwise
    if (!(this.keep.has(type) && !(best < 0) && !(low < 0) && !(high < 0) && !(civ < 0)))
      validateRow(
        EventSchema,
        { type_of_violence: type, best: Number.isNaN(best) ? 0 : best, low, high, deaths_civilians: civ },
        { file, line: row.line },
      );
    const rawKey = v[c.key] ?? '';
    const start = readYearMonth(v, c.start, loc('date_start'));
    const end = readYearMonth(v, c.end, loc('date_end'));
    if (Number.isNaN(best)) {
      this.exclude('missing best estimate', row.line);
      return;
    }
    const unit = this.unitOf(rawKey, c.name >= 0 ? (v[c.name] ?? '') : undefined);
    if (unit === undefined) {
      this.exclude('missing conflict or country id', row.line);
      return;
    }
    if (!start || !end) {
      this.exclude('missing date_start or date_end', row.line);
      return;
    }
    let m0 = monthIndex(start.year, start.month);
    let m1 = monthIndex(end.year, end.month);
    if (m1 < m0) {
      this.exclude('date_end before date_start', row.line);
      return;
    }
    if (this.options.attribution === 'start') m1 = m0;
    else if (this.options.attribution === 'end') m0 = m1;
    this.eventsUsed += 1;
    const share = 1 / (m1 - m0 + 1);
    for (let m = m0; m <= m1; m++) {
      const id = unit.index * 1e6 + m;
      let a = this.acc.get(id);
      if (!a) {
        const year = Math.floor(m / 12);
        a = {
          key: unit.key,
          name: unit.name,
          year,
          month: m - year * 12 + 1,
          best: 0,
          low: 0,
          high: 0,
          civilians: 0,
          events: 0,
        };
        this.acc.set(id, a);
      }
      a.best += best * share;
      a.low += low * share;
      a.high += high * share;
      a.civilians += civ * share;
      a.events += 1;
    }
  }

  /**
   * The unit (conflict or country) of a key cell, numbered in order of appearance. Its key and name
   * are stored as fresh copies: a slice of the input would keep the whole chunk it came from alive,
   * and memory would grow with the file instead of with the number of conflict-months.
   */
  private unitOf(
    rawKey: string,
    rawName: string | undefined,
  ): { index: number; key: string; name: string } | undefined {
    let u = this.units.get(rawKey);
    if (u) return u;
    const key = copyString(rawKey.trim());
    if (key === '' || key === 'NA') return undefined;
    u = { index: this.units.size, key, name: rawName === undefined ? key : copyString(rawName) };
    this.units.set(key, u);
    if (rawKey !== key) this.units.set(copyString(rawKey), u);
    return u;
  }

  private exclude(reason: string, line: number): void {
    let e = this.excluded.get(reason);
    if (!e) {
      e = { reason, count: 0, examples: [] };
      this.excluded.set(reason, e);
    }
    e.count += 1;
    if (e.examples.length < 20) e.examples.push(`line ${line}`);
  }

  /** The months with at least one event, sorted by key then month, and the counts. */
  result(): GedImport {
    const months = [...this.acc.values()].sort((a, b) =>
      a.key === b.key ? a.year - b.year || a.month - b.month : compareKeys(a.key, b.key),
    );
    return {
      months,
      rowsRead: this.rowsRead,
      eventsUsed: this.eventsUsed,
      otherTypes: this.otherTypes,
      exclusions: [...this.excluded.values()],
    };
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A copy of a string that shares no memory with the text it was sliced from. */
function copyString(s: string): string {
  return decoder.decode(encoder.encode(s));
}

function compareKeys(a: string, b: string): number {
  const x = Number(a);
  const y = Number(b);
  if (Number.isFinite(x) && Number.isFinite(y)) return x - y;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Streams a UCDP GED event CSV (the official `GEDEvent_vXX_X.csv`, 300+ MB for the world, or any
 * subset with the same columns) into conflict-months (or country-months) of state-based deaths:
 * `best`, `low`, `high` and `deaths_civilians`, with multi-month events split evenly. Memory stays
 * bounded by the number of conflict-months, not the file size.
 * Reference: UCDP GED codebook v23.1 (Davies, Pettersson & Öberg 2023, JPR 60(4)).
 * @throws PeacepanelError MISSING_COLUMN, BAD_VALUE (e.g. text in `best`), PARSE_ERROR (truncated file)
 * @example
 * import { createReadStream } from 'node:fs';
 * const ged = await importGedEvents(createReadStream('GEDEvent_v24_1.csv'), { file: 'GEDEvent_v24_1.csv' });
 * ged.months[0] // { key: '230', name: 'Colombia: Government', year: 1989, month: 1, best: 12, ... }
 */
export async function importGedEvents(source: TextSource, options: GedOptions = {}): Promise<GedImport> {
  let agg: GedAggregator | undefined;
  for await (const batch of streamCsv(source, {
    file: options.file,
    onHeader: (h) => {
      agg = new GedAggregator(h, options);
    },
  }))
    for (const row of batch) agg!.add(row);
  if (!agg) agg = new GedAggregator([], options); // empty file: streamCsv has thrown already
  return agg.result();
}
