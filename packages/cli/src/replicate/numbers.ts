import type { ModeYear, OrgTypeShare, PartnerShare } from '@peacepanel/core';
import type { FormatStyle } from './format.js';

/**
 * The shape of `numbers.json`, the single source of every number in the replication report.
 * `report.md` renders numbers only through `createFormatter` (format.ts), which reads them from
 * this object by JSON Pointer, so a number cannot appear in the report without being here first.
 *
 * Everything is plain JSON (no NaN, no typed arrays): missing numbers are `null`.
 */

/** The three verdicts a claim can get. */
export type Verdict = 'reproduced' | 'not reproduced' | 'not testable';

/** An analysis that could not run, and why (e.g. a building block or a column is missing). */
export interface NotRun {
  status: 'not run';
  reason: string;
}

/** One coefficient of a fitted model, as JSON. */
export interface CoefficientSummary {
  estimate: number | null;
  stdError: number | null;
  z: number | null;
  p: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  /** exp(estimate) − 1: the proportional change in expected deaths per unit (for a thousand troops). */
  pctChange: number | null;
}

/** A fitted model reduced to what the report shows. Coefficients are keyed by the term as R prints it. */
export interface ModelSummary {
  status: 'ok';
  label: string;
  formula: string;
  family: 'negbin' | 'poisson';
  vcovType: string;
  n: number;
  nExcluded: number;
  /** Number of clusters when the variance is clustered, else null. */
  clusters: number | null;
  converged: boolean;
  logLik: number | null;
  aic: number | null;
  theta: number | null;
  terms: string[];
  coefficients: Record<string, CoefficientSummary>;
  exclusions: { reason: string; count: number }[];
  warnings: string[];
}

/** A model slot: fitted, or not run with a reason. */
export type ModelSlot = ModelSummary | NotRun;

/** One year of the descriptive table. */
export interface DescriptiveYear {
  year: number;
  unMonths: number;
  unWithPartner: number;
  /** Share of UN deployment months with a non-UN partner (null when the year has no UN months). */
  share: number | null;
  /** Country-months by deployment type. */
  unOnly: number;
  nonunOnly: number;
  both: number;
  neither: number;
}

/** Partner shares of one dataset or one model's estimation sample. */
export interface PartnerShareSet {
  /** Dataset id. */
  dataset: string;
  /** What the rows are: the whole dataset, or a model's estimation sample (named). */
  label: string;
  rows: number;
  shares: PartnerShare[];
}

export interface DescriptiveSection {
  status: 'ok';
  /** The unit of a row in words: `conflict-months` or `country-months`. */
  unitLabel: string;
  firstYear: number;
  lastYear: number;
  months: number;
  /** Distinct panel units (conflicts or countries). */
  units: number;
  unMonths: number;
  unWithPartner: number;
  share: number | null;
  /** Our share minus the paper's (negative: fewer partnered months than the paper reports). */
  gapToPaper: number | null;
  unOnly: number;
  nonunOnly: number;
  both: number;
  neither: number;
  /** Months whose UN troop figure is unknown (type cannot be told). */
  unknownUn: number;
  /** Months with a non-UN mission present, and how many have a known (strict) non-UN troop figure. */
  nonunFigures: {
    present: number;
    known: number;
    missing: number;
    /** `missing / present`. */
    missingShare: number | null;
  };
  /** Months with an active conflict (`conflict_active = 1`), when the column exists (country-months). */
  conflictActiveMonths: number | null;
  byYear: DescriptiveYear[];
  /** The share of UN months with a partner under every definition, per dataset and per model sample. */
  partnerShares: { paperShare: number; datasets: PartnerShareSet[]; samples: PartnerShareSet[] };
  /** Months by partnership mode per year (null when the data have no `partnership_mode`). */
  modesByYear: ModeYear[] | null;
  /** Share of UN months partnered by each organisation type (null when the data have no such columns). */
  orgTypes: OrgTypeShare[] | null;
}

/** A point of a predicted-deaths curve. */
export interface CurvePoint {
  un: number;
  fit: number;
  lower: number;
  upper: number;
  marginal: number;
  marginalLower: number;
  marginalUpper: number;
}

export interface PartnershipSection {
  status: 'ok';
  ciLevel: number;
  /** Non-UN level (thousands) used as "with a partner" in the headline comparison. */
  partnerLevel: number;
  curves: { nonun: number; points: CurvePoint[] }[];
  /** Predicted monthly deaths at a few UN levels without and with the partner (headline table). */
  contrasts: {
    un: number;
    without: { fit: number; lower: number; upper: number };
    with: { fit: number; lower: number; upper: number };
  }[];
  /** True when, at every UN level of `contrasts`, the intervals with and without the partner overlap. */
  intervalsOverlap: boolean;
  /** UN troop ranges (thousands) of the curve grid where the intervals with and without the partner overlap. */
  overlapRanges: { from: number; to: number }[];
  /** Marginal effect of 1,000 more UN troops at several non-UN levels, at the UN level `atUn`. */
  atUn: number;
  marginal: { nonun: number; effect: number; lower: number; upper: number }[];
  /** UN troops (thousands) needed for a given reduction, with and without the partner. */
  reductions: { reduction: number; without: TroopsForReduction; with: TroopsForReduction }[];
  /** Cluster-bootstrap percentile intervals for the main model's coefficients. */
  bootstrap: BootstrapSummary | NotRun;
}

/** UN troops (thousands) that cut predicted deaths by a share, relative to no UN troops at the same non-UN level. */
export interface TroopsForReduction {
  /** Null when the reduction is not reached within the observed UN range. */
  un: number | null;
  /** Largest UN level searched (thousands): the sample maximum. */
  unMax: number | null;
  /** Predicted deaths at `unMax` relative to no UN troops (e.g. 0.7 = 30% fewer). */
  ratioAtMax: number | null;
  note: string;
}

export interface BootstrapSummary {
  status: 'ok';
  reps: number;
  failed: number;
  seed: number;
  level: number;
  intervals: Record<string, { lower: number | null; upper: number | null }>;
}

/** One robustness variant: the partnership terms of one re-estimated model. */
export interface RobustnessRow {
  id: string;
  label: string;
  /** The partnership interaction term of this variant's model. */
  term: string;
  model: ModelSlot;
}

export interface RobustnessSection {
  status: 'ok';
  rows: RobustnessRow[];
  /** Variants that were fitted and converged. */
  fitted: number;
  /** Of those, variants whose partnership interaction is negative (significant or not). */
  negativeInteraction: number;
}

export interface HksSection {
  status: 'ok';
  model: ModelSummary;
  troops: number;
  /** HKS controls in the model (those the file carries). */
  controls: string[];
  /** HKS covariates the file lacks, in words. */
  unavailable: string[];
  noUn: { fit: number; lower: number; upper: number };
  withTroops: { fit: number; lower: number; upper: number };
  /** Proportional reduction (1 − with/without). */
  reduction: number;
  /** Predicted deaths from no UN troops to `troops`, in steps of a thousand (for the figure). */
  curve: { troops: number; fit: number; lower: number; upper: number }[];
  note: string;
}

/** A number shown as evidence: where it sits in numbers.json and how to write it. */
export interface EvidenceRef {
  label: string;
  pointer: string;
  style: FormatStyle;
  /** False for detail that the README headline leaves out (periods, interval bounds). */
  headline?: boolean;
}

/** One claim of the paper beside our estimate and a verdict. */
export interface ClaimVerdict {
  id: string;
  /** The paper's claim in words (no numbers: those are in `paper`). */
  claim: string;
  /** What the paper found, in words (no digits), shown before its numbers. */
  paperSays: string;
  /** The published numbers behind the claim. */
  paper: EvidenceRef[];
  /** Our numbers for the same claim. */
  ours: EvidenceRef[];
  verdict: Verdict;
  /** Why the verdict, in words; contains no digits (numbers are shown from `paper`/`ours`). */
  reason: string;
}

/** The published numbers we compare against, with their sources. */
export interface PaperNumbers {
  schumannBara: {
    year: number;
    journal: string;
    period: { first: number; last: number };
    partnerShare: number;
  };
  hks: {
    year: number;
    troops: number;
    deathsNoUn: number;
    deathsWithTroops: number;
    /** 1 − deathsWithTroops / deathsNoUn, derived from the two published numbers. */
    reduction: number;
  };
}

/** Conventions used by the report (also numbers, so they live in the JSON too). */
export interface ReportConventions {
  alpha: number;
  ciLevel: number;
  pValueFloor: number;
  /** Share tolerance (absolute) for the descriptive claim. */
  shareTolerance: number;
  /** Reduction tolerance (absolute, in share points) for the HKS check. */
  hksReductionTolerance: number;
  /** Troops are measured in this many soldiers (thousands). */
  troopUnit: number;
}

export interface ReportDatasetInfo {
  id: string;
  version: string;
  /** The UCDP GED release named in the dataset's source line (e.g. "20.1"), or null when it names none. */
  gedVersion: string | null;
  title: string;
  rows: number;
  source: string;
  caveat: string;
}

/** The whole `numbers.json`. */
export interface ReplicationNumbers {
  meta: {
    tool: string;
    version: string;
    seed: number;
    reps: number;
    /** The main specification's dataset. */
    dataset: ReportDatasetInfo;
    /** The country-month panel (robustness row, descriptives). */
    countryMonthDataset: ReportDatasetInfo | null;
    conflictDataset: ReportDatasetInfo | null;
  };
  conventions: ReportConventions;
  paper: PaperNumbers;
  descriptive: DescriptiveSection | NotRun;
  models: {
    main: ModelSlot;
    unOnly: ModelSlot;
    nonunOnly: ModelSlot;
    /**
     * The common estimation sample: panel rows, rows outside the main specification's subset (its period),
     * and rows inside it left out because a variable (mostly a lagged troop figure) is unknown.
     */
    sample: { panelRows: number; outsideSubset: number; unknownTroops: number; rows: number };
    /** The control terms of the agreed main specification. */
    controls: string[];
    /** The main specification's row filter (its period), as R's `subset=`. */
    subset: string | null;
  };
  partnership: PartnershipSection | NotRun;
  robustness: RobustnessSection | NotRun;
  hks: HksSection | NotRun;
  claims: ClaimVerdict[];
  /** Counts of verdicts (derived from `claims`), overall and for the robustness rows. */
  summary: VerdictSummary;
}

export interface VerdictSummary {
  claims: number;
  reproduced: number;
  notReproduced: number;
  notTestable: number;
  robustness: { variants: number; reproduced: number; notReproduced: number; notTestable: number };
}
