import type { Pc4Cell } from './scan-result.js';

/**
 * PC4 rows that would describe individuals are hidden (docs/method.md section 9). A row of 6
 * employees of whom 6 drive says of each of them that they drive, so a row shows its car
 * commuters only when at least `limit` drive and at least `limit` do not; otherwise the split
 * is hidden and the row keeps its employee count (when that is not small itself).
 *
 * Hidden splits must not follow by subtraction either: the rows without a split together (and the
 * employees without a PC4 row) form the remainder of the area's totals, which must itself hold
 * `limit` drivers and `limit` others; while it does not, the smallest shown split is hidden too.
 * Likewise a single row hidden for its size would follow from the totals, so a second one is hidden.
 */
export function suppressPc4Splits(cells: readonly Pc4Cell[], totals: { employees: number; carCommuters: number }, limit: number): { cells: Pc4Cell[]; hidden: number } {
  let hidden = 0;
  const out = cells.map((c): Pc4Cell => {
    if (c.employees === null || c.carCommuters === null || c.employees === 0) return c;
    if (c.employees < limit) return (hidden++, { ...c, employees: null, carCommuters: null, carShare: null, suppressed: true });
    return c.carCommuters < limit || c.employees - c.carCommuters < limit ? (hidden++, { ...c, carCommuters: null, carShare: null, suppressed: true }) : c;
  });
  const smallestShown = (pick: (c: Pc4Cell) => boolean): number => {
    let best = -1;
    out.forEach((c, i) => {
      if (pick(c) && (best < 0 || c.employees! < out[best]!.employees!)) best = i;
    });
    return best;
  };
  if (out.filter((c) => c.employees === null && c.suppressed).length === 1) {
    const i = smallestShown((c) => c.employees !== null && c.employees > 0);
    if (i >= 0) (hidden++, (out[i] = { ...out[i]!, employees: null, carCommuters: null, carShare: null, suppressed: true }));
  }
  for (;;) {
    const shown = out.filter((c) => c.carCommuters !== null && c.employees !== null);
    const rest = totals.employees - shown.reduce((s, c) => s + c.employees!, 0);
    const restCar = totals.carCommuters - shown.reduce((s, c) => s + c.carCommuters!, 0);
    if (rest <= 0 || (restCar >= limit && rest - restCar >= limit)) break;
    const i = smallestShown((c) => c.carCommuters !== null && c.employees !== null && c.employees > 0);
    if (i < 0) break;
    hidden++;
    out[i] = { ...out[i]!, carCommuters: null, carShare: null, suppressed: true };
  }
  return { cells: out, hidden };
}
