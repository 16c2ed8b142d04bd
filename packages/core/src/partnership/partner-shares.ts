import { messages } from '../errors.js';
import { parseModelSpec } from '../estimators/fit-model.js';
import { buildDesign } from '../model/design.js';
import type { ModelSpecInput } from '../model/spec.js';
import type { Table } from '../table.js';

/** One definition of "a UN deployment month with a non-UN partner", and its share. */
export interface PartnerShare {
  /** `present`: any non-UN mission deployed; `strict` / `filled`: a non-UN troop figure > 0 under that rule. */
  definition: 'present' | 'strict' | 'filled';
  /** The definition in words, naming the columns read. */
  label: string;
  /** Months (rows) counted: all rows of the table, or of the estimation sample. */
  months: number;
  /** UN deployment months: `un_troops` > 0 (months with an unknown UN figure are left out and counted in `unknownUn`). */
  unMonths: number;
  unknownUn: number;
  /** UN deployment months with a partner under the definition. */
  withPartner: number;
  /** UN months where a mission is present but the rule gives no troop figure (0 for `present`). */
  partnerFigureUnknown: number;
  /** `withPartner / unMonths`; null when there is no UN month. */
  share: number | null;
}

/** The paper's figure: about 44% of UN deployment months in African conflicts 1993–2019 had a non-UN partner. */
export const PAPER_PARTNER_SHARE = 0.44;

interface Definition {
  definition: PartnerShare['definition'];
  label: string;
  /** 1 partner, 0 none, NaN unknown. */
  partner: (i: number) => number;
}

function numeric(table: Table, name: string): Float64Array | undefined {
  const c = table.columns[name];
  return c?.kind === 'number' ? c.values : undefined;
}

/** The definitions the table's columns allow, in a fixed order. */
function definitions(table: Table): Definition[] {
  const out: Definition[] = [];
  const present = numeric(table, 'nonun_present');
  const missions = numeric(table, 'nonun_missions_n');
  const strict = numeric(table, 'nonun_troops');
  const filled = numeric(table, 'nonun_troops_filled');
  const presence = present ?? missions;
  if (presence)
    out.push({
      definition: 'present',
      label: `any non-UN mission deployed (${present ? 'nonun_present = 1' : 'nonun_missions_n > 0'})`,
      partner: (i) =>
        Number.isNaN(presence[i] as number) ? Number.NaN : (presence[i] as number) > 0 ? 1 : 0,
    });
  const figure = (values: Float64Array, definition: 'strict' | 'filled', name: string): Definition => ({
    definition,
    label: `a known non-UN troop figure > 0 (${name}, ${definition} rule)`,
    partner: (i) => {
      const v = values[i] as number;
      if (!Number.isNaN(v)) return v > 0 ? 1 : 0;
      return presence && (presence[i] as number) > 0 ? Number.NaN : 0;
    },
  });
  if (strict) out.push(figure(strict, 'strict', 'nonun_troops'));
  if (filled) out.push(figure(filled, 'filled', 'nonun_troops_filled'));
  return out;
}

/**
 * The share of UN deployment months (UN troops > 0 that month) with a non-UN partner, under every
 * definition the table's columns allow: any non-UN mission present (`nonun_present`, or
 * `nonun_missions_n` > 0 on country-months), and a known non-UN troop figure > 0 under the `strict`
 * (`nonun_troops`) and `filled` (`nonun_troops_filled`) rules. A UN month whose partner has a mission but
 * no figure under a rule counts as unpartnered for that rule and is reported in `partnerFigureUnknown`.
 * `rows` restricts the count to some rows (e.g. a model's estimation sample, see {@link estimationRows}).
 * Reference: Schumann & Bara (2023) ISQ, about 44% of UN deployment months 1993–2019 had a non-UN partner.
 * @throws PeacepanelError MISSING_COLUMN when `un_troops` is absent or no partner column exists.
 * @example partnerShares(tableFromDataset(africaCm)).map((s) => s.definition) // => [ 'present', 'strict', 'filled' ]
 */
export function partnerShares(table: Table, rows?: ArrayLike<number>): PartnerShare[] {
  const un = numeric(table, 'un_troops');
  if (!un) throw messages.missingColumn(undefined, 'un_troops', Object.keys(table.columns));
  const defs = definitions(table);
  if (defs.length === 0) throw messages.missingColumn(undefined, 'nonun_present', Object.keys(table.columns));
  const index = rows ?? Array.from({ length: table.n }, (_, i) => i);
  return defs.map((d) => {
    const s: PartnerShare = {
      definition: d.definition,
      label: d.label,
      months: index.length,
      unMonths: 0,
      unknownUn: 0,
      withPartner: 0,
      partnerFigureUnknown: 0,
      share: null,
    };
    for (let k = 0; k < index.length; k++) {
      const i = index[k] as number;
      const u = un[i] as number;
      if (Number.isNaN(u)) s.unknownUn += 1;
      if (!(u > 0)) continue;
      s.unMonths += 1;
      const p = d.partner(i);
      if (p === 1) s.withPartner += 1;
      else if (Number.isNaN(p)) s.partnerFigureUnknown += 1;
    }
    s.share = s.unMonths ? s.withPartner / s.unMonths : null;
    return s;
  });
}

/**
 * The rows of `table` a model would be estimated on (after its subset and missing values), without
 * fitting it: the design's row selection.
 * @throws PeacepanelError for a bad spec, formula or subset, or an unknown column.
 * @example estimationRows(COUNTRY_MONTH_SPEC, countryMonthPanel).length // => 3966
 */
export function estimationRows(spec: ModelSpecInput, table: Table): Int32Array {
  const s = parseModelSpec(spec);
  const required = s.vcov === 'cluster' && s.cluster ? [s.cluster] : [];
  return buildDesign(s.formula, table, { unit: s.unit, time: s.time, required, subset: s.subset }).rows;
}
