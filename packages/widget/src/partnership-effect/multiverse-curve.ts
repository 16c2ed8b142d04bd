/**
 * The multiverse result the robustness view draws, as shipped beside the element script
 * (`multiverse-curve.json`, written at build time by `scripts/multiverse-curve.ts` from
 * `@peacepanel/data`'s `generated/multiverse-result.json` with core's `specificationCurve`). No model
 * is fitted in the reader's browser: the file holds each specification's partnership ratio, interval,
 * class and choices, compactly.
 */
import type { RobustnessClass, RobustnessData } from '@peacepanel/charts';

/** File name of the compact multiverse result, next to the script. */
export const MULTIVERSE_CURVE_FILE = 'multiverse-curve.json';

/** Format version; the element refuses files of another format. */
export const MULTIVERSE_CURVE_FORMAT = 1;

/** Classes by their index in the file (core's `CurveClass`). */
export const CURVE_CLASSES: readonly RobustnessClass[] = [
  'sign-significant',
  'sign',
  'opposite',
  'opposite-significant',
];

/** `multiverse-curve.json`. */
export interface MultiverseCurveFile {
  format: typeof MULTIVERSE_CURVE_FORMAT;
  /** The quantity on the curve: the partnership ratio (deaths with / without a typical partner). */
  quantity: 'partnership';
  /** The datasets the multiverse was fitted on (`id vVERSION`), by id. */
  datasets: Record<string, string>;
  alpha: number;
  total: number;
  missing: number;
  mainId: string;
  /** Choices in `CHOICE_NAMES` order, with the option ids the run used. */
  choices: { name: string; options: string[] }[];
  /**
   * Specifications sorted by estimate (ties by id): estimate, lower, upper (4 significant digits),
   * class index (`CURVE_CLASSES`), and the option index of each choice, one digit per choice.
   */
  points: [number, number, number, number, string][];
}

/**
 * The file's points as the robustness chart reads them.
 * @example // types-only: the curve file is fetched next to the script
 * const firstRank = (file: MultiverseCurveFile) => decodeCurve(file).points[0]?.rank;
 */
export function decodeCurve(f: MultiverseCurveFile): RobustnessData {
  const points = f.points.map(([estimate, lower, upper, cls, digits], rank) => {
    const options = f.choices.map((c, i) => c.options[Number(digits[i])] ?? '');
    const id = options.join('.');
    return {
      id,
      rank,
      estimate,
      lower,
      upper,
      cls: CURVE_CLASSES[cls] ?? 'sign',
      main: id === f.mainId,
      options,
    };
  });
  return { points, choices: f.choices, total: f.total, missing: f.missing, alpha: f.alpha };
}

const files = new Map<string, Promise<MultiverseCurveFile>>();

/**
 * Fetches the compact multiverse result once per URL (a failed request is forgotten, so "Try again"
 * fetches anew).
 * @throws an Error with code `FILE_NOT_FOUND` when the file is missing or not of this format.
 * @example // types-only: fetches over the network
 * const total = async () => (await fetchCurve('https://cdn.example/w/multiverse-curve.json')).total;
 */
export function fetchCurve(url: string): Promise<MultiverseCurveFile> {
  let p = files.get(url);
  if (!p) {
    p = fetch(url, { credentials: 'omit' }).then(async (r) => {
      const f = (r.ok ? await r.json() : null) as Partial<MultiverseCurveFile> | null;
      if (f?.format !== MULTIVERSE_CURVE_FORMAT || !Array.isArray(f.points))
        throw Object.assign(
          new Error(`${url} is not a multiverse curve of format ${MULTIVERSE_CURVE_FORMAT}`),
          {
            code: 'FILE_NOT_FOUND',
          },
        );
      return f as MultiverseCurveFile;
    });
    p.catch(() => files.delete(url));
    files.set(url, p);
  }
  return p;
}
