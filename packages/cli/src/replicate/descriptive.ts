import {
  modesByYear,
  numberColumn,
  partnerShareByOrgType,
  partnerShares,
  type Table,
} from '@peacepanel/core';
import { attempt } from './model-summary.js';
import type { DescriptiveSection, NotRun, PartnerShareSet } from './numbers.js';
import { type FittedLike, missingReason, need, type Toolkit } from './toolkit.js';

const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/** A table whose partner shares the report gives: a whole dataset, or a model's estimation sample. */
export interface ShareSource {
  dataset: string;
  label: string;
  table: Table;
  /** Rows to count (all when absent). */
  rows?: ArrayLike<number>;
}

/** Months with a non-UN mission present and how many have a known strict non-UN troop figure. */
function nonunFigures(panel: Table): DescriptiveSection['nonunFigures'] {
  const present = numberColumn(panel, 'nonun_present') ?? numberColumn(panel, 'nonun_missions_n');
  const strict = numberColumn(panel, 'nonun_troops');
  const out = { present: 0, known: 0, missing: 0, missingShare: null as number | null };
  if (!present) return out;
  for (let i = 0; i < panel.n; i++) {
    if (!((present[i] as number) > 0)) continue;
    out.present += 1;
    if (strict && Number.isFinite(strict[i] as number)) out.known += 1;
  }
  out.missing = out.present - out.known;
  out.missingShare = share(out.missing, out.present);
  return out;
}

/** Partner shares of each source; a source whose columns do not allow it is left out. */
function shareSets(sources: readonly ShareSource[]): PartnerShareSet[] {
  return sources.flatMap((s) => {
    if (numberColumn(s.table, 'un_troops') === undefined) return [];
    const shares = partnerShares(s.table, s.rows);
    return [{ dataset: s.dataset, label: s.label, rows: s.rows?.length ?? s.table.n, shares }];
  });
}

/**
 * The descriptive part, on the main dataset: the share of UN deployment months with a non-UN partner,
 * overall and by year, and months by deployment type (from `describeDeployments`); how many months with a
 * non-UN mission have a known troop figure; months by partnership mode per year and the partner share by
 * organisation type (when the data have those columns); and the partner share under every definition on
 * each dataset and inside each model's estimation sample (`datasets`, `samples`).
 * @example const panel = tableFromDataset(conflictMonth);
 * const d = runDescriptive(defaultToolkit(), panel, 0.44, { unit: 'conflict_id', unitLabel: 'conflict-months', datasets: [], samples: [] });
 * d.status // => 'ok'
 */
export function runDescriptive<M extends FittedLike>(
  toolkit: Toolkit<M>,
  panel: Table,
  paperShare: number,
  opts: { unit: string; unitLabel: string; datasets: ShareSource[]; samples: ShareSource[] },
): DescriptiveSection | NotRun {
  const blocks = need(toolkit, 'describeDeployments');
  if (!blocks.ok) return { status: 'not run', reason: missingReason(blocks.missing) };
  return attempt((): DescriptiveSection => {
    const d = blocks.blocks.describeDeployments(panel);
    const years = numberColumn(panel, 'year');
    const units = panel.columns[opts.unit]?.values as ArrayLike<unknown> | undefined;
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
    const unitSet = new Set<unknown>();
    if (units) for (let i = 0; i < panel.n; i++) if (units[i] !== null) unitSet.add(units[i]);
    return {
      status: 'ok',
      unitLabel: opts.unitLabel,
      firstYear,
      lastYear,
      months: panel.n,
      units: unitSet.size,
      unMonths: o.unMonths,
      unWithPartner: o.unWithPartner,
      share: share(o.unWithPartner, o.unMonths),
      gapToPaper: o.unMonths > 0 ? o.unWithPartner / o.unMonths - paperShare : null,
      unOnly: o.unOnly,
      nonunOnly: o.nonunOnly,
      both: o.both,
      neither: o.neither,
      unknownUn: panel.n - (o.unOnly + o.nonunOnly + o.both + o.neither),
      nonunFigures: nonunFigures(panel),
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
      partnerShares: { paperShare, datasets: shareSets(opts.datasets), samples: shareSets(opts.samples) },
      modesByYear: modesByYear(panel),
      orgTypes: partnerShareByOrgType(panel),
    };
  });
}
