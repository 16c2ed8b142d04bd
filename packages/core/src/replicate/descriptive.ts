import { PARTNERSHIP_COLUMNS } from '../partnership/default-spec.js';
import type { Table } from '../table.js';
import { attempt } from './model-summary.js';
import type { DescriptiveSection, NotRun } from './numbers.js';
import { numberColumn, stringColumn } from './panel-rows.js';
import { type FittedLike, missingReason, need, type Toolkit } from './toolkit.js';

const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/**
 * The descriptive part: share of UN deployment months with a non-UN partner, overall and by year,
 * and country-months by deployment type (from `describeDeployments`), plus the count of non-UN
 * months by quality of their troop figure (read from `nonun_quality`).
 * @example runDescriptive(toolkit, panel).share // e.g. 0.41
 */
export function runDescriptive<M extends FittedLike>(
  toolkit: Toolkit<M>,
  panel: Table,
  paperShare: number,
): DescriptiveSection | NotRun {
  const blocks = need(toolkit, 'describeDeployments');
  if (!blocks.ok) return { status: 'not run', reason: missingReason(blocks.missing) };
  return attempt((): DescriptiveSection => {
    const d = blocks.blocks.describeDeployments(panel);
    const years = numberColumn(panel, 'year');
    const countries = stringColumn(panel, PARTNERSHIP_COLUMNS.unit);
    const quality = stringColumn(panel, 'nonun_quality');
    const nonunQuality = {
      interpolated: 0,
      authorisedOnly: 0,
      missing: 0,
      total: 0,
      missingShare: null as number | null,
    };
    if (quality)
      for (const q of quality) {
        if (q === 'interpolated') nonunQuality.interpolated++;
        else if (q === 'authorised_only') nonunQuality.authorisedOnly++;
        else if (q === 'missing') nonunQuality.missing++;
      }
    nonunQuality.total = nonunQuality.interpolated + nonunQuality.authorisedOnly + nonunQuality.missing;
    nonunQuality.missingShare = share(nonunQuality.missing, nonunQuality.total);
    const active = numberColumn(panel, 'conflict_active');
    const conflictActiveMonths = active ? active.reduce((a, v) => a + (v === 1 ? 1 : 0), 0) : null;
    let firstYear = Number.POSITIVE_INFINITY;
    let lastYear = Number.NEGATIVE_INFINITY;
    if (years)
      for (const y of years)
        if (Number.isFinite(y)) {
          firstYear = Math.min(firstYear, y);
          lastYear = Math.max(lastYear, y);
        }
    if (!Number.isFinite(firstYear)) throw new Error('the data have no `year` column with values');
    const o = d.overall;
    return {
      status: 'ok',
      firstYear,
      lastYear,
      countryMonths: panel.n,
      countries: countries ? new Set(countries.filter((c) => c !== null)).size : 0,
      unMonths: o.unMonths,
      unWithPartner: o.unWithPartner,
      share: share(o.unWithPartner, o.unMonths),
      gapToPaper: o.unMonths > 0 ? o.unWithPartner / o.unMonths - paperShare : null,
      unOnly: o.unOnly,
      nonunOnly: o.nonunOnly,
      both: o.both,
      neither: o.neither,
      unknownUn: panel.n - (o.unOnly + o.nonunOnly + o.both + o.neither),
      nonunQuality,
      conflictActiveMonths,
      byYear: d.byYear.map((y) => ({
        year: y.year,
        unMonths: y.unMonths,
        unWithPartner: y.unWithPartner,
        share: share(y.unWithPartner, y.unMonths),
        unOnly: y.unOnly,
        nonunOnly: y.nonunOnly,
        both: y.both,
        neither: y.neither,
      })),
    };
  });
}
