/**
 * Troops per unit of the model's troop variables: the models read troops in thousands
 * (`un_troops_k_lag1`, `nonun_troops_k_lag1`), the widget and the CLI speak in troops.
 */
export const TROOPS_PER_THOUSAND = 1000;

/**
 * Troops → the models' unit (thousands).
 * @example troopsToThousands(7500) // 7.5
 */
export function troopsToThousands(troops: number): number {
  return troops / TROOPS_PER_THOUSAND;
}

/**
 * The models' unit (thousands) → whole troops (rounded, so a grid of thousands reads as troop counts).
 * @example thousandsToTroops(7.5) // 7500
 */
export function thousandsToTroops(thousands: number): number {
  return Math.round(thousands * TROOPS_PER_THOUSAND);
}

/** An evenly spaced UN troop grid from 0 to a maximum, in troops and in the models' thousands. */
export interface UnTroopGrid {
  /** 0, max/steps, …, max (troops). */
  troops: number[];
  /** The same points in thousands, as `partnershipEffect`'s `unGrid` takes them. */
  thousands: number[];
}

/**
 * The UN troop grid on which the partnership effect is drawn: `steps + 1` evenly spaced points from 0 to
 * `maxTroops`, in troops and in thousands (the widget's effect chart uses 40 steps).
 * Reference: Schumann & Bara (2023) ISQ, Figure 2 (predicted deaths across UN troop levels).
 * @example unTroopGrid(20000, 4).thousands // [0, 5, 10, 15, 20]
 */
export function unTroopGrid(maxTroops: number, steps = 40): UnTroopGrid {
  const troops = Array.from({ length: steps + 1 }, (_, i) => (maxTroops * i) / steps);
  return { troops, thousands: troops.map(troopsToThousands) };
}
