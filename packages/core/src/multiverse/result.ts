import { formatCsv } from '../io/format-csv.js';
import { tableFromRows } from '../table.js';
import type { ExpandedGrid } from './expand.js';
import { CHOICE_NAMES, type Choice, MAIN_CHOICES, MULTIVERSE_GRID, specId } from './grid.js';
import { type MultiverseRow, QUANTITIES } from './row.js';
import { type MultiverseSummary, STUDY_SIGNS, summarizeMultiverse } from './summary.js';

/** A whole multiverse run: the declared grid and rules, the counts, every row and the summary. */
export interface MultiverseResult {
  /** The choices as declared (name, label, rationale, reference, options). */
  grid: Choice[];
  exclusions: { rule: string; reason: string; count: number }[];
  combinations: number;
  specifications: number;
  /** Dataset labels (`id vVERSION`) the rows were fitted on. */
  datasets: Record<string, string>;
  /** Id of the study's main specification (issue 11 §2), and whether it is among the rows. */
  mainId: string;
  studySigns: typeof STUDY_SIGNS;
  rows: MultiverseRow[];
  summary: MultiverseSummary;
}

/**
 * Assembles the result of a run (summary included). Everything in it is plain data, so the JSON
 * is the same bytes for the same grid, data and rows.
 * @example multiverseResult(countryMonthGrid, countryMonthRows, { 'africa-cm': 'africa-cm v1.1.0' }).summary.ok // => 12
 */
export function multiverseResult(
  expanded: ExpandedGrid,
  rows: MultiverseRow[],
  datasets: Record<string, string>,
): MultiverseResult {
  return {
    grid: MULTIVERSE_GRID.map((c) => ({ ...c, options: c.options.map((o) => ({ ...o })) })),
    exclusions: expanded.excluded,
    combinations: expanded.combinations,
    specifications: expanded.specs.length,
    datasets,
    mainId: specId(MAIN_CHOICES),
    studySigns: STUDY_SIGNS,
    rows,
    summary: summarizeMultiverse(rows),
  };
}

/**
 * The rows as CSV, one line per specification: id, every choice, dataset, ok and reason, n,
 * clusters, excluded rows, convergence, then estimate, SE, interval and p of UN troops, the
 * interaction and the partnership ratio (with the levels it is read at), warnings and the formula.
 * Numbers in JavaScript's shortest round-trip form; missing cells empty (RFC 4180).
 * @example multiverseCsv(countryMonthRows).split('\n')[0]?.startsWith('id,unit,sample') // => true
 */
export function multiverseCsv(rows: readonly MultiverseRow[]): string {
  const flat = rows.map((r) => {
    const out: Record<string, unknown> = { id: r.id };
    for (const c of CHOICE_NAMES) out[c] = r.choices[c];
    Object.assign(out, {
      dataset: r.dataset,
      family: r.family,
      ok: r.ok ? 'yes' : 'no',
      reason: r.reason,
      n: r.n,
      clusters: r.clusters,
      n_excluded: r.nExcluded,
      converged: r.converged === null ? null : r.converged ? 'yes' : 'no',
      iterations: r.iterations,
    });
    for (const q of QUANTITIES) {
      const e = r[q];
      out[`${q}_estimate`] = e?.estimate ?? null;
      out[`${q}_se`] = e?.stdError ?? null;
      out[`${q}_lower`] = e?.lower ?? null;
      out[`${q}_upper`] = e?.upper ?? null;
      out[`${q}_p`] = e?.p ?? null;
    }
    out.partnership_at_un_k = r.partnership?.un ?? null;
    out.partnership_at_partner = r.partnership?.partner ?? null;
    out.warnings = r.warnings.join(' | ');
    out.formula = r.formula;
    return out;
  });
  return formatCsv(tableFromRows(flat));
}

/**
 * The result as pretty-printed JSON with a final newline (same bytes for the same result).
 * @example multiverseJson(multiverseResult(expandGrid(), [], {})).endsWith('}\n') // => true
 */
export function multiverseJson(result: MultiverseResult): string {
  return `${JSON.stringify(result, null, 1)}\n`;
}
