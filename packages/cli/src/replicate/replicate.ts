import {
  COUNTRY_MONTH_SPECIFICATION,
  estimationRows,
  type FittedModel,
  MAIN_COLUMNS,
  MAIN_SPEC,
  PeacepanelError,
  type Table,
  VERSION,
} from '@peacepanel/core';
import { conflictMonthRobustness, runHksCheck, withLaggedDeaths } from './conflict-month.js';
import { defaultToolkit } from './default-toolkit.js';
import { runDescriptive, type ShareSource } from './descriptive.js';
import { type Figure, renderFigures } from './figures.js';
import { renderHeadline } from './headline.js';
import { defaultControls, mainSpecs, runMainModels } from './main-models.js';
import type { ReplicationNumbers, ReportDatasetInfo } from './numbers.js';
import { DEFAULT_CONVENTIONS, PAPER_NUMBERS } from './paper.js';
import { runPartnershipEffect } from './partnership-effect.js';
import { renderReport } from './report.js';
import { countryMonthRobustness, runRobustness } from './robustness.js';
import { type DatasetJsonLike, missingReason, need, type Toolkit } from './toolkit.js';
import { judgeClaims, summarizeVerdicts } from './verdict.js';

/** Options of `replicate`. */
export interface ReplicateOptions {
  /** The main specification's dataset (`africa-conflict-month`), as bundled by @peacepanel/data. */
  dataset: DatasetJsonLike;
  /** The country-month panel (`africa-cm`): the former default, a robustness row and a second descriptive. */
  countryMonthDataset?: DatasetJsonLike | null;
  /** The 1989–2011 conflict-month dataset, for the HKS check and one robustness row. */
  conflictDataset?: DatasetJsonLike | null;
  /** Seed of the cluster bootstrap (default 20230). */
  seed?: number;
  /** Bootstrap replications (default 200; 0 skips the bootstrap). */
  reps?: number;
  /** The building blocks (default: core's own, `defaultToolkit()`); tests inject failures here. */
  toolkit?: Toolkit<FittedModel>;
}

/** What `replicate` produces: the numbers, and the report, headline and figures rendered from them. */
export interface ReplicationResult {
  numbers: ReplicationNumbers;
  /** `report.md`. */
  report: string;
  /** The README headline, with links relative to the report's folder. */
  headline: string;
  figures: Figure[];
}

export const DEFAULT_SEED = 20230;
export const DEFAULT_REPS = 200;

function info(d: DatasetJsonLike, rows: number): ReportDatasetInfo {
  const ged = /GED\s+v?(\d+(?:\.\d+)*)/i.exec(d.source);
  return {
    id: d.id,
    version: d.version,
    gedVersion: ged?.[1] ?? null,
    title: d.title,
    rows,
    source: d.source,
    caveat: d.caveat,
  };
}

function rowCount(d: DatasetJsonLike): number {
  return d.columns[0]?.values.length ?? 0;
}

/** The country-month model's estimation sample as a share source (none when it cannot be built). */
function countryMonthSample(table: Table | null, dataset: string): ShareSource[] {
  if (!table) return [];
  try {
    const rows = estimationRows(COUNTRY_MONTH_SPECIFICATION.spec, table);
    return [{ dataset, label: 'estimation sample of the country-month model', table, rows }];
  } catch (e) {
    if (e instanceof PeacepanelError) return [];
    throw e;
  }
}

type Sections = Omit<ReplicationNumbers, 'claims' | 'summary' | 'meta' | 'conventions' | 'paper'>;

/** The run's metadata, conventions and the paper's numbers. */
function numbersBase(
  options: ReplicateOptions,
  seed: number,
  reps: number,
): Pick<ReplicationNumbers, 'meta' | 'conventions' | 'paper'> {
  const { countryMonthDataset: cm, conflictDataset: conflict } = options;
  return {
    meta: {
      tool: 'peacepanel',
      version: VERSION,
      seed,
      reps,
      dataset: info(options.dataset, rowCount(options.dataset)),
      countryMonthDataset: cm ? info(cm, rowCount(cm)) : null,
      conflictDataset: conflict ? info(conflict, rowCount(conflict)) : null,
    },
    conventions: DEFAULT_CONVENTIONS,
    paper: PAPER_NUMBERS,
  };
}

/** Every section "not run" with the same reason (the data cannot even be loaded). */
function notRunSections(reason: string): Sections {
  const notRun = { status: 'not run' as const, reason };
  return {
    descriptive: notRun,
    models: {
      main: notRun,
      unOnly: notRun,
      nonunOnly: notRun,
      sample: { panelRows: 0, outsideSubset: 0, unknownTroops: 0, rows: 0 },
      controls: defaultControls(),
      subset: MAIN_SPEC.subset ?? null,
    },
    partnership: notRun,
    robustness: notRun,
    hks: notRun,
  };
}

/** The three tables of the run: the main panel, the country-month panel and the HKS conflict data. */
interface ReplicationTables {
  panel: Table;
  countryMonth: Table | null;
  conflict: Table | null;
}

function loadTables(
  blocks: Pick<Required<Toolkit<FittedModel>>, 'tableFromDataset' | 'addPartnershipVariables'>,
  options: ReplicateOptions,
): ReplicationTables {
  const { tableFromDataset, addPartnershipVariables } = blocks;
  const panel = tableFromDataset(options.dataset);
  const cmRaw = options.countryMonthDataset ? tableFromDataset(options.countryMonthDataset) : null;
  const countryMonth = cmRaw && !cmRaw.columns.un_troops_k_lag1 ? addPartnershipVariables(cmRaw) : cmRaw;
  const conflict = options.conflictDataset
    ? withLaggedDeaths(tableFromDataset(options.conflictDataset))
    : null;
  return { panel, countryMonth, conflict };
}

/** The analyses: descriptive shares, the main models, the partnership effect, robustness and HKS. */
function runSections(
  toolkit: Toolkit<FittedModel>,
  t: ReplicationTables,
  options: ReplicateOptions,
  bootstrap: { seed: number; reps: number },
): Sections {
  const { panel, countryMonth, conflict } = t;
  const ciLevel = DEFAULT_CONVENTIONS.ciLevel;
  const main = runMainModels(toolkit, panel);
  const spec = mainSpecs().main;
  const cmId = options.countryMonthDataset?.id ?? COUNTRY_MONTH_SPECIFICATION.dataset;
  const datasets: ShareSource[] = [
    { dataset: options.dataset.id, label: 'all rows', table: panel },
    ...(countryMonth ? [{ dataset: cmId, label: 'all rows', table: countryMonth }] : []),
  ];
  const samples: ShareSource[] = [
    ...(main.slots.main.status === 'ok'
      ? [{ dataset: options.dataset.id, label: `estimation sample of the main model`, table: main.sample }]
      : []),
    ...countryMonthSample(countryMonth, cmId),
  ];
  return {
    descriptive: runDescriptive(toolkit, panel, PAPER_NUMBERS.schumannBara.partnerShare, {
      unit: MAIN_COLUMNS.unit,
      unitLabel: 'conflict-months',
      datasets,
      samples,
    }),
    models: {
      ...main.slots,
      sample: main.info,
      controls: defaultControls(),
      subset: MAIN_SPEC.subset ?? null,
    },
    partnership: runPartnershipEffect(toolkit, main.mainFit, spec, main.sample, { ...bootstrap, ciLevel }),
    robustness: runRobustness(toolkit, spec, main.sample, panel, [
      countryMonthRobustness(toolkit, countryMonth),
      conflictMonthRobustness(toolkit, conflict),
    ]),
    hks: runHksCheck(toolkit, conflict, PAPER_NUMBERS.hks.troops, ciLevel),
  };
}

/**
 * Re-estimates the claims of Schumann & Bara (ISQ 2023) on the bundled data with the declared main
 * specification (`MAIN_SPECIFICATION`, conflict-months): descriptive shares, the main NB models with SEs
 * clustered by conflict, the partnership effect, robustness checks (among them the country-month
 * specification on `africa-cm`) and the HKS check, each claim beside the paper with a verdict. Deterministic for a fixed seed.
 * Analyses whose building blocks or columns are missing are reported as "not run" with the reason.
 * @example // the main specification only (no country-month or HKS datasets), 20 bootstrap replications
 * const r = replicate({ dataset: conflictMonth, countryMonthDataset: null, conflictDataset: null, seed: 1, reps: 20 });
 * r.report.startsWith('# Replication report') // => true
 */
export function replicate(options: ReplicateOptions): ReplicationResult {
  const toolkit = options.toolkit ?? defaultToolkit();
  const seed = options.seed ?? DEFAULT_SEED;
  const reps = options.reps ?? DEFAULT_REPS;
  const load = need(toolkit, 'tableFromDataset', 'addPartnershipVariables');
  const sections = load.ok
    ? runSections(toolkit, loadTables(load.blocks, options), options, { seed, reps })
    : notRunSections(missingReason(load.missing));
  const partial: Omit<ReplicationNumbers, 'claims' | 'summary'> = {
    ...numbersBase(options, seed, reps),
    ...sections,
  };
  const claims = judgeClaims(partial);
  const numbers: ReplicationNumbers = { ...partial, claims, summary: summarizeVerdicts(claims) };
  // Round-trip through JSON so the report is rendered from exactly what numbers.json will hold.
  const frozen = JSON.parse(JSON.stringify(numbers)) as ReplicationNumbers;
  return {
    numbers: frozen,
    report: renderReport(frozen),
    headline: renderHeadline(frozen, ''),
    figures: renderFigures(frozen),
  };
}
