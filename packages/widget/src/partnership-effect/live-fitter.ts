/**
 * Turns settings into chart data through the estimator client (the worker, or its in-thread
 * fallback). One fitter serves every element on the page: a dataset is fetched and loaded into the
 * worker once, and the model is fitted once per dataset; later requests hit the worker's model cache.
 */

import type { EffectData, ScenarioData, TrendData, TrendYear } from '@peacepanel/charts';
import {
  type DatasetJson,
  thousandsToTroops,
  troopsToThousands,
  typicalTroops,
  unTroopGrid,
} from '@peacepanel/core';
import type {
  DeploymentSummary,
  Result as Outcome,
  PeacepanelClient,
  WorkerErrorCode,
} from '@peacepanel/worker';
import { clusterCount, fetchDatasetJson, filterCountries } from './dataset-json.js';
import { FetchFailure, fetchData } from './fetch-data.js';

/** A call's outcome as a value (the worker boundary never throws rich errors): the worker's `Result`. */
export type { Result as Outcome } from '@peacepanel/worker';

/**
 * The part of `@peacepanel/worker`'s client that live fits use (its `createClient`, or core's
 * estimators in-thread with `forceInThread`).
 */
export type FitClient = Pick<
  PeacepanelClient,
  | 'mode'
  | 'loadDataset'
  | 'validatePanelCsv'
  | 'fit'
  | 'partnershipEffect'
  | 'scenario'
  | 'describe'
  | 'dispose'
>;

/** Where the data come from. */
export interface DataRequest {
  /** URL of the bundled dataset JSON, resolved next to the script. */
  bundledUrl: string;
  /** A user-supplied CSV/JSON URL (`data-src`), or null. */
  dataSrc: string | null;
  countries: string[] | null;
}

/** A dataset ready in the worker, with what the element shows about it. */
export interface PreparedDataset {
  id: string;
  title: string;
  source: string;
  caveat: string;
  rows: number;
  typical: { un: number | null; nonun: number | null };
  unknownCountries: string[];
  /** Clusters of the cluster-robust intervals (conflicts, or countries; 1 means none can be computed). */
  clusters: number;
  /** What a cluster is in this dataset's default model. */
  clusterUnit: 'conflict' | 'country';
}

/** Shares a client among all elements, preparing each dataset and fitting each model once. */
export class LiveFitter {
  readonly #client: FitClient;
  readonly #prepared = new Map<string, Promise<Outcome<PreparedDataset>>>();
  readonly #fits = new Map<string, Promise<Outcome<unknown>>>();
  readonly #readJson: (url: string) => Promise<DatasetJson>;

  /**
   * @param readJson reads a bundled dataset JSON by URL (default: `fetch`, shared per URL); the build
   * script passes a file reader.
   */
  constructor(client: FitClient, readJson: (url: string) => Promise<DatasetJson> = fetchDatasetJson) {
    this.#client = client;
    this.#readJson = readJson;
  }

  get mode(): 'worker' | 'in-thread' {
    return this.#client.mode;
  }

  /** Ends the client's worker and forgets prepared datasets and fits. */
  dispose(): void {
    this.#prepared.clear();
    this.#fits.clear();
    this.#client.dispose();
  }

  /**
   * Loads the requested data into the worker once (shared by every caller with the same request).
   * @example // types-only: fits in the live-fit worker
   * import { sharedFitter } from './shared-fitter.js';
   * const engine = sharedFitter();
   * const r = await engine.prepare({ bundledUrl: 'https://cdn.example/w/datasets/africa-cm.json', dataSrc: null, countries: null });
   * if (r.ok) console.log(r.value.rows);
   */
  prepare(req: DataRequest): Promise<Outcome<PreparedDataset>> {
    const key = JSON.stringify([req.dataSrc ?? req.bundledUrl, req.countries]);
    let p = this.#prepared.get(key);
    if (!p) {
      p = this.#load(req, key).catch((e: unknown) => ({
        ok: false as const,
        code: (e instanceof FetchFailure ? e.code : 'FILE_NOT_FOUND') as WorkerErrorCode,
        message: e instanceof Error ? e.message : String(e),
      }));
      p.then((r) => {
        if (!r.ok) this.#prepared.delete(key);
      });
      this.#prepared.set(key, p);
    }
    return p;
  }

  async #load(req: DataRequest, key: string): Promise<Outcome<PreparedDataset>> {
    const url = req.dataSrc ?? req.bundledUrl;
    let json: DatasetJson;
    if (req.dataSrc !== null && !/\.json($|[?#])/i.test(req.dataSrc)) {
      const r = await fetchData(req.dataSrc);
      // bytes: core's one CSV reader detects the encoding, separator and decimal mark, as for the CLI
      const parsed = await this.#client.validatePanelCsv({
        bytes: new Uint8Array(await r.arrayBuffer()),
        file: fileName(req.dataSrc),
        require: 'partnership',
        purpose: 'the chart',
      });
      if (!parsed.ok) return parsed;
      json = tableToDatasetJson(parsed.value.table, fileName(req.dataSrc));
    } else json = await this.#readJson(url);
    let unknownCountries: string[] = [];
    if (req.countries) {
      const f = filterCountries(json, req.countries);
      json = f.json;
      unknownCountries = f.unknown;
    }
    const id = `${json.id}#${hashKey(key)}`;
    const loaded = await this.#client.loadDataset({ dataset: json, id });
    if (!loaded.ok) return loaded;
    return {
      ok: true,
      value: {
        id,
        title: json.title,
        source: json.source,
        caveat: json.caveat,
        rows: loaded.value.n,
        typical: typicalTroops(json),
        unknownCountries,
        clusters: clusterCount(json).n,
        clusterUnit: clusterCount(json).unit,
      },
    };
  }

  /** Fits the dataset's default model once per kind of intervals; concurrent callers wait for the same fit. */
  #fitOnce(dataset: string, intervals: 'cluster' | 'model'): Promise<Outcome<unknown>> {
    const key = `${dataset}\u0000${intervals}`;
    let p = this.#fits.get(key);
    if (!p) {
      p = this.#client.fit({ dataset, ...vcovOf(intervals) });
      p.then((r) => {
        if (!r.ok) this.#fits.delete(key);
      });
      this.#fits.set(key, p);
    }
    return p;
  }

  /**
   * Predicted deaths over `unGrid` (troops) for each non-UN level (troops).
   * `intervals: 'model'` uses model-based intervals (see {@link intervalsFor}).
   * @example // types-only: fits in the live-fit worker
   * import { sharedFitter } from './shared-fitter.js';
   * const engine = sharedFitter();
   * const r = await engine.prepare({ bundledUrl: 'https://cdn.example/w/datasets/africa-cm.json', dataSrc: null, countries: null });
   * if (r.ok) await engine.effect(r.value.id, { unMax: 20000, nonunLevels: [0, 5000], ciLevel: 0.95 });
   */
  async effect(
    dataset: string,
    o: { unMax: number; nonunLevels: number[]; ciLevel: number; intervals?: 'cluster' | 'model' },
  ): Promise<Outcome<EffectData>> {
    const intervals = o.intervals ?? 'cluster';
    const fit = await this.#fitOnce(dataset, intervals);
    if (!fit.ok) return fit;
    const unGrid = unTroopGrid(o.unMax).thousands;
    const r = await this.#client.partnershipEffect({
      dataset,
      ...vcovOf(intervals),
      unGrid,
      nonunLevels: o.nonunLevels.map(troopsToThousands),
      ciLevel: o.ciLevel,
    });
    if (!r.ok) return r;
    return {
      ok: true,
      value: {
        ciLevel: o.ciLevel,
        curves: r.value.curves.map((c) => ({
          nonun: thousandsToTroops(c.nonun),
          points: c.points.map((p) => ({
            un: thousandsToTroops(p.un),
            fit: p.fit,
            lower: p.lower,
            upper: p.upper,
          })),
        })),
      },
    };
  }

  /**
   * The four scenarios at `un` and `nonun` troops, and the UN troops needed for the same reduction.
   * @example // types-only: fits in the live-fit worker
   * import { sharedFitter } from './shared-fitter.js';
   * const engine = sharedFitter();
   * const r = await engine.prepare({ bundledUrl: 'https://cdn.example/w/datasets/africa-cm.json', dataSrc: null, countries: null });
   * if (r.ok) await engine.scenario(r.value.id, { un: 10000, nonun: 5000, ciLevel: 0.95 });
   */
  async scenario(
    dataset: string,
    o: { un: number; nonun: number; ciLevel: number; intervals?: 'cluster' | 'model' },
  ): Promise<Outcome<ScenarioData>> {
    const intervals = o.intervals ?? 'cluster';
    const fit = await this.#fitOnce(dataset, intervals);
    if (!fit.ok) return fit;
    const r = await this.#client.scenario({
      dataset,
      ...vcovOf(intervals),
      un: troopsToThousands(o.un),
      nonun: troopsToThousands(o.nonun),
      ciLevel: o.ciLevel,
    });
    if (!r.ok) return r;
    const d = r.value.deaths;
    const est = (
      key: 'none' | 'un' | 'nonun' | 'both',
      x: { fit: number; lower: number; upper: number },
      un: number,
      nonun: number,
    ) => ({
      key,
      un,
      nonun,
      fit: x.fit,
      lower: x.lower,
      upper: x.upper,
    });
    const withPartner = r.value.unNeeded.withPartner.un;
    const reduction = r.value.reductions.unOnly;
    return {
      ok: true,
      value: {
        ciLevel: o.ciLevel,
        estimates: [
          est('none', d.none, 0, 0),
          est('un', d.unOnly, o.un, 0),
          est('nonun', d.nonunOnly, 0, o.nonun),
          est('both', d.both, o.un, o.nonun),
        ],
        reduction: Number.isFinite(reduction) ? reduction : null,
        unAlone: o.un,
        unWithPartner: withPartner === null ? null : thousandsToTroops(withPartner),
      },
    };
  }

  /**
   * Deployment months by year and type (core's `describeDeployments`, run in the worker).
   * @example // types-only: fits in the live-fit worker
   * import { sharedFitter } from './shared-fitter.js';
   * const engine = sharedFitter();
   * const r = await engine.prepare({ bundledUrl: 'https://cdn.example/w/datasets/africa-cm.json', dataSrc: null, countries: null });
   * if (r.ok) await engine.trend(r.value.id);
   */
  async trend(dataset: string): Promise<Outcome<TrendData>> {
    const r = await this.#client.describe({ dataset });
    if (!r.ok) return r;
    return { ok: true, value: toTrendData(r.value) };
  }
}

/**
 * Reads core's `describeDeployments` result into the trend chart's data: per year, the share of UN
 * deployment months with a non-UN partner (`unWithPartner / unMonths`) and months by type.
 * @example const overall = { months: 6, none: 2, unknown: 0, unMonths: 4, unWithPartner: 1, unOnly: 3, nonunOnly: 0, both: 1, shareUnWithPartner: 0.25 };
 * toTrendData({ overall, byYear: [], paperShare: 0.44, definition: 'UN deployment months with a non-UN partner' }).overallShare // => 0.25
 */
export function toTrendData(s: DeploymentSummary): TrendData {
  const share = (c: DeploymentSummary['overall']) => (c.unMonths > 0 ? c.unWithPartner / c.unMonths : null);
  const years: TrendYear[] = s.byYear
    .map((y) => ({ year: y.year, share: share(y), unOnly: y.unOnly, nonunOnly: y.nonunOnly, both: y.both }))
    .sort((a, b) => a.year - b.year);
  return {
    years,
    overallShare: share(s.overall),
    referenceShare: typeof s.paperShare === 'number' && Number.isFinite(s.paperShare) ? s.paperShare : null,
  };
}

function vcovOf(intervals: 'cluster' | 'model'): { vcov?: 'model' } {
  return intervals === 'model' ? { vcov: 'model' } : {};
}

function fileName(url: string): string {
  try {
    return new URL(url).pathname.split('/').pop() || url;
  } catch {
    return url;
  }
}

function hashKey(s: string): string {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}

/**
 * A parsed panel table as DatasetJson, so it can be filtered and loaded like the bundled data.
 * @example tableToDatasetJson({ n: 1, columns: { y: { kind: 'number', values: new Float64Array([Number.NaN]) } } }, 'a.csv').columns[0]?.values // => [null]
 */
export function tableToDatasetJson(
  table: { n: number; columns: Record<string, { kind: string; values: ArrayLike<unknown> }> },
  file: string,
): DatasetJson {
  return {
    id: file,
    version: 'user',
    title: file,
    source: file,
    caveat: '',
    columns: Object.entries(table.columns).map(([name, c]) =>
      c.kind === 'number'
        ? {
            name,
            kind: 'number' as const,
            values: Array.from(c.values, (v) => (typeof v === 'number' && Number.isFinite(v) ? v : null)),
          }
        : {
            name,
            kind: 'string' as const,
            values: Array.from(c.values, (v) => (typeof v === 'string' ? v : null)),
          },
    ),
  };
}
