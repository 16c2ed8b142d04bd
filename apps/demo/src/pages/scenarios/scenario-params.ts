/** Slider ranges of the Scenarios page, in troops (the model uses thousands). */
export const UN_MAX = 20_000;
export const NONUN_MAX = 10_000;
export const STEP = 250;

export interface ScenarioState {
  un: number;
  nonun: number;
  country: string | undefined;
}

const clampStep = (v: number, max: number) => Math.min(max, Math.max(0, Math.round(v / STEP) * STEP));

/**
 * Reads the scenario from URL parameters (`un`, `nonun` in troops, `country`); defaults 5,000 UN and
 * 2,000 non-UN troops.
 * @example scenarioFromParams({ un: '8000' }) // => { un: 8000, nonun: 2000, country: undefined }
 */
export function scenarioFromParams(p: Record<string, string>): ScenarioState {
  const num = (v: string | undefined, d: number, max: number) => {
    const n = Number(v);
    return v !== undefined && Number.isFinite(n) ? clampStep(n, max) : d;
  };
  return {
    un: num(p.un, 5000, UN_MAX),
    nonun: num(p.nonun, 2000, NONUN_MAX),
    country: p.country || undefined,
  };
}

/**
 * Mean monthly battle deaths of one country (over its months with a value), used as "last month's
 * deaths" when a scenario is set in that country; undefined when it has none.
 * @example meanOf(Float64Array.of(1, NaN, 3)) // => 2
 */
export function meanOf(values: Float64Array): number | undefined {
  let s = 0;
  let n = 0;
  for (const v of values)
    if (Number.isFinite(v)) {
      s += v;
      n++;
    }
  return n ? s / n : undefined;
}
