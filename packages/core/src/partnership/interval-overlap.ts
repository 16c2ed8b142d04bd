/**
 * The UN troop ranges where the intervals of two predicted-deaths curves on the same UN grid overlap, as
 * maximal runs of consecutive grid points (in the grid's unit). Where they overlap, the data cannot tell the
 * curves apart at that level; an NGO text must not claim a difference there.
 * @example const none = [{ un: 0, lower: 1, upper: 3 }, { un: 5, lower: 1, upper: 2 }, { un: 10, lower: 0.5, upper: 1 }];
 * const partner = [{ un: 0, lower: 2, upper: 4 }, { un: 5, lower: 1.5, upper: 4 }, { un: 10, lower: 3, upper: 5 }];
 * intervalOverlapRanges(none, partner) // => [ { from: 0, to: 5 } ]
 */
export function intervalOverlapRanges(
  a: readonly { un: number; lower: number; upper: number }[],
  b: readonly { un: number; lower: number; upper: number }[],
): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  let open: { from: number; to: number } | null = null;
  a.forEach((p, i) => {
    const q = b[i];
    const overlaps = q !== undefined && p.lower <= q.upper && q.lower <= p.upper;
    if (overlaps && open) open.to = p.un;
    else if (overlaps) {
      open = { from: p.un, to: p.un };
      out.push(open);
    } else open = null;
  });
  return out;
}
