/**
 * Partnership modes of a month, in order of precedence (the first that applies wins):
 * `parallel` UN troops and a non-UN mission deployed in the same month; `support` a non-UN mission
 * deployed, no UN troops, and a UN support operation for that mission active (e.g. UNSOA for AMISOM);
 * `sequential` only one side deployed, and one of its missions took over from a mission of the other
 * side (the other ended at most `HANDOVER_MONTHS` before it began, in the same country); `un-only`;
 * `non-un-only`; `none`.
 * Reference: Schumann & Bara (2023) ISQ and Bara & Hultman (2020) International Peacekeeping 27(3)
 * (parallel, sequential and support partnerships).
 * @example PARTNERSHIP_MODES[0] // => 'parallel'
 */
export const PARTNERSHIP_MODES = [
  'parallel',
  'support',
  'sequential',
  'un-only',
  'non-un-only',
  'none',
] as const;
export type PartnershipMode = (typeof PARTNERSHIP_MODES)[number];

/** Longest gap (months) between the end of one mission and the start of its successor in a hand-over. */
export const HANDOVER_MONTHS = 6;

/** What is deployed in one country in one month. */
export interface MonthDeployment {
  /** UN troops deployed (troops > 0, or a UN mission listed whose troop count is missing). */
  un: boolean;
  /** A non-UN mission deployed (between its start and end month). */
  nonun: boolean;
  /** A UN support operation active for a non-UN mission deployed this month. */
  supported: boolean;
  /** A deployed mission of the side present is the successor in a hand-over (see `handoverSuccessors`). */
  successor: boolean;
}

/**
 * The partnership mode of one month (precedence as in `PARTNERSHIP_MODES`).
 * @example partnershipMode({ un: false, nonun: true, supported: true, successor: false }) // => 'support'
 */
export function partnershipMode(d: MonthDeployment): PartnershipMode {
  if (d.un && d.nonun) return 'parallel';
  if (d.nonun && d.supported) return 'support';
  if ((d.un || d.nonun) && d.successor) return 'sequential';
  if (d.un) return 'un-only';
  if (d.nonun) return 'non-un-only';
  return 'none';
}

/** A mission's deployment in one country: first and last month (month indexes; `end` null = ongoing). */
export interface MissionSpan {
  id: string;
  side: 'un' | 'nonun';
  start: number;
  end: number | null;
}

/**
 * Missions of one country that took over from a mission of the other side: mission B (UN) is a
 * successor when a non-UN mission A began before B and ended within `window` months of B's first
 * month, and the reverse for a non-UN successor of a UN mission (e.g. AMIS → UNAMID, AFISMA → MINUSMA,
 * AMIB → ONUB, MISCA → MINUSCA, ECOMICI → UNOCI). "Within" counts both ways: A's last month may fall up
 * to `window` months before B's first month (a gap) or after it (transfers of authority overlap in the
 * data: UNAMID's first troops are listed for 2007-11, AMIS handed over on 2007-12-31).
 * Cost: O(spans²) (a country has a handful of missions).
 * @example handoverSuccessors([{ id: 'AMIS', side: 'nonun', start: 24655, end: 24695 }, { id: 'UNAMID', side: 'un', start: 24696, end: null }]) // Set { 'UNAMID' }
 */
export function handoverSuccessors(spans: readonly MissionSpan[], window = HANDOVER_MONTHS): Set<string> {
  const out = new Set<string>();
  for (const b of spans)
    for (const a of spans)
      if (a.side !== b.side && a.end !== null && a.start < b.start && Math.abs(a.end - b.start) <= window)
        out.add(b.id);
  return out;
}
