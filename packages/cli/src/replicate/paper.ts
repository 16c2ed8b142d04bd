import type { PaperNumbers, ReportConventions } from './numbers.js';

/**
 * The published numbers the report compares against, with their sources:
 * - Schumann & Bara, "A New Era: Power in Partnership Peacekeeping", International Studies
 *   Quarterly (2023): about 44% of UN deployment months in African conflicts, 1993–2019, had a
 *   non-UN partner.
 * - Hultman, Kathman & Shannon (2014), "Beyond Keeping Peace: United Nations Effectiveness in the
 *   Midst of Fighting", American Political Science Review 108(4): predicted monthly battle deaths
 *   fall from roughly 22 with no UN troops to roughly 6 with 10,000 troops.
 */
export const PAPER_NUMBERS: PaperNumbers = {
  schumannBara: {
    year: 2023,
    journal: 'International Studies Quarterly',
    period: { first: 1993, last: 2019 },
    partnerShare: 0.44,
  },
  hks: { year: 2014, troops: 10_000, deathsNoUn: 22, deathsWithTroops: 6, reduction: 1 - 6 / 22 },
};

/**
 * The report's conventions: significance level, interval level, the smallest p-value written as a
 * number, and the tolerances of the numeric verdicts (absolute share points). Recorded in
 * numbers.json so every verdict can be re-derived from it.
 */
export const DEFAULT_CONVENTIONS: ReportConventions = {
  alpha: 0.05,
  ciLevel: 0.95,
  pValueFloor: 0.001,
  shareTolerance: 0.05,
  hksReductionTolerance: 0.2,
  troopUnit: 1000,
};
