/**
 * `africa-conflict-month-1989-2011`: the HKS-derived dyad-month file aggregated to conflict-months.
 */
import {
  type Exclusion,
  formatYm,
  monthIndex,
  parseCsv,
  parseNumberCell,
  type Table,
} from '@peacepanel/core';

export interface ConflictMonthBuild {
  table: Table;
  exclusions: Exclusion[];
  dyadRows: number;
  notes: string[];
}

/**
 * Aggregates dyad-months to conflict-months. The conflict is the integer part of `conflict_ID`
 * (stored as a float: 113.099998… is dyad 1 of conflict 113). Rules:
 * - rows that repeat another row exactly are dropped (counted);
 * - rows without a year or before 1989 are left out (counted);
 * - `battle_deaths` = sum of `brf_grc` (government–rebel battle deaths incl. civilians) over the
 *   conflict's dyads; missing when every dyad is missing; `battle_deaths_gr` likewise from `brf_gr`;
 * - `un_troops_k_lag1`, `un_police_k_lag1`: the largest value over dyads (dyads of one conflict carry
 *   the same country-level UN figure except in a few months, counted in the notes);
 * - `regional_pko`, `ceasefire`, `biased_intervention`, `active_year`: 1 when any dyad has 1 (missing when
 *   every dyad is missing);
 * - `rebel_strength`, `n_rebel_groups`, `pop_ln`: the largest value over the dyads (the HKS controls this file
 *   carries; missing when every dyad is missing);
 * - `country`: the government (`gov`) of the conflict; `n_dyads`: dyads active that month.
 */
export function buildConflictMonths(text: string, file: string): ConflictMonthBuild {
  const csv = parseCsv(text, { file });
  const idx = (name: string) => {
    const i = csv.header.indexOf(name);
    if (i < 0) throw new Error(`${file}: no column ${name}`);
    return i;
  };
  const c = {
    year: idx('year'),
    month: idx('month'),
    id: idx('conflict_ID'),
    gov: idx('gov'),
    rebel: idx('rebel_group'),
    grc: idx('brf_grc'),
    gr: idx('brf_gr'),
    troop: idx('troop_lag1000'),
    police: idx('police_lag1000'),
    regional: idx('regional_pko'),
    ceasefire: idx('ceasefire'),
    rebelStrength: idx('rebel_strength'),
    nRebels: idx('n_rebel_groups'),
    popLn: idx('pop_ln'),
    biased: idx('biased_intervention'),
    active: idx('active_year'),
  };
  const seen = new Set<string>();
  const dup: Exclusion = { reason: 'exact duplicate of another row', count: 0, examples: [] };
  const early: Exclusion = { reason: 'no year, or year before 1989', count: 0, examples: [] };
  interface Acc {
    id: number;
    m: number;
    gov: string | null;
    grc: number;
    gr: number;
    anyGrc: boolean;
    anyGr: boolean;
    troop: number;
    police: number;
    troopValues: Set<number>;
    regional: number;
    ceasefire: number;
    dyads: number;
    /** Largest value over the dyads (NaN while none is known) of the HKS controls. */
    hks: Record<'rebelStrength' | 'nRebels' | 'popLn' | 'biased' | 'active', number>;
  }
  const HKS = ['rebelStrength', 'nRebels', 'popLn', 'biased', 'active'] as const;
  const acc = new Map<string, Acc>();
  const dyadMonths = new Map<string, number[]>(); // non-missing deaths of repeated dyad-months
  const num = (v: string[], j: number) => parseNumberCell(v[j] ?? '') ?? Number.NaN;
  for (const row of csv.rows) {
    const v = row.values;
    const raw = v.join('\u0001');
    if (seen.has(raw)) {
      dup.count += 1;
      if (dup.examples.length < 20) dup.examples.push(`line ${row.line}`);
      continue;
    }
    seen.add(raw);
    const year = num(v, c.year);
    const month = num(v, c.month);
    if (!(year >= 1989) || !(month >= 1 && month <= 12)) {
      early.count += 1;
      if (early.examples.length < 20) early.examples.push(`line ${row.line}`);
      continue;
    }
    const id = Math.floor(num(v, c.id) + 1e-6);
    const m = monthIndex(year, month);
    const key = `${id} ${m}`;
    let a = acc.get(key);
    if (!a) {
      a = {
        id,
        m,
        gov: null,
        grc: 0,
        gr: 0,
        anyGrc: false,
        anyGr: false,
        troop: Number.NaN,
        police: Number.NaN,
        troopValues: new Set(),
        regional: 0,
        ceasefire: 0,
        dyads: 0,
        hks: {
          rebelStrength: Number.NaN,
          nRebels: Number.NaN,
          popLn: Number.NaN,
          biased: Number.NaN,
          active: Number.NaN,
        },
      };
      acc.set(key, a);
    }
    const dyadKey = `${v[c.id]} ${v[c.rebel]} ${m}`;
    const seenDeaths = dyadMonths.get(dyadKey) ?? [];
    seenDeaths.push(num(v, c.grc));
    dyadMonths.set(dyadKey, seenDeaths);
    const gov = (v[c.gov] ?? '').trim();
    if (gov && !a.gov) a.gov = gov;
    const grc = num(v, c.grc);
    const gr = num(v, c.gr);
    if (!Number.isNaN(grc)) {
      a.grc += grc;
      a.anyGrc = true;
    }
    if (!Number.isNaN(gr)) {
      a.gr += gr;
      a.anyGr = true;
    }
    const troop = num(v, c.troop);
    const police = num(v, c.police);
    if (!Number.isNaN(troop)) {
      a.troopValues.add(troop);
      a.troop = Number.isNaN(a.troop) ? troop : Math.max(a.troop, troop);
    }
    if (!Number.isNaN(police)) a.police = Number.isNaN(a.police) ? police : Math.max(a.police, police);
    if (num(v, c.regional) === 1) a.regional = 1;
    if (num(v, c.ceasefire) === 1) a.ceasefire = 1;
    for (const k of HKS) {
      const x = num(v, c[k]);
      if (!Number.isNaN(x)) a.hks[k] = Number.isNaN(a.hks[k]) ? x : Math.max(a.hks[k], x);
    }
    a.dyads += 1;
  }
  const list = [...acc.values()].sort((x, y) => x.id - y.id || x.m - y.m);
  const n = list.length;
  const col = (f: (a: Acc) => number) => ({ kind: 'number' as const, values: Float64Array.from(list, f) });
  const round3 = (x: number) => Math.round(x * 1000) / 1000;
  const table: Table = {
    n,
    columns: {
      conflict_id: { kind: 'string', values: list.map((a) => String(a.id)) },
      country: { kind: 'string', values: list.map((a) => a.gov) },
      year: col((a) => Math.floor(a.m / 12)),
      month: col((a) => a.m - Math.floor(a.m / 12) * 12 + 1),
      ym: { kind: 'string', values: list.map((a) => formatYm(a.m)) },
      battle_deaths: col((a) => (a.anyGrc ? a.grc : Number.NaN)),
      battle_deaths_gr: col((a) => (a.anyGr ? a.gr : Number.NaN)),
      un_troops_k_lag1: col((a) => round3(a.troop)),
      un_police_k_lag1: col((a) => round3(a.police)),
      regional_pko: col((a) => a.regional),
      ceasefire: col((a) => a.ceasefire),
      n_dyads: col((a) => a.dyads),
      active_year: col((a) => a.hks.active),
      rebel_strength: col((a) => a.hks.rebelStrength),
      n_rebel_groups: col((a) => a.hks.nRebels),
      pop_ln: col((a) => Math.round(a.hks.popLn * 1e6) / 1e6),
      biased_intervention: col((a) => a.hks.biased),
    },
  };
  const differing = list.filter((a) => a.troopValues.size > 1);
  const repeated = [...dyadMonths.values()].filter((d) => d.length > 1);
  const doubled = repeated.filter((d) => d.filter((x) => x > 0).length > 1);
  const notes = [
    `${repeated.length} dyad-months appear more than once with different values in other columns (mostly conflict 113, Sudan: population figures differ); in ${doubled.length} of them more than one copy has deaths > 0${doubled.length === 0 ? ', so summing dyads does not double-count deaths' : ': those are summed and may double-count'}`,
    `${differing.length} conflict-months have dyads with different UN troop figures; the largest is used (conflicts ${[
      ...new Set(differing.map((a) => a.id)),
    ].join(', ')})`,
  ];
  return {
    table,
    exclusions: [dup, early].filter((e) => e.count > 0),
    dyadRows: csv.rows.length,
    notes,
  };
}
