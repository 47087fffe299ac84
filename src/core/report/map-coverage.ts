import type { ScanAggregate } from '../scan/scan-result.js';

/** Why employees are not on the map. */
export type NotShownReason = 'smallAreas' | 'farAway' | 'abroad' | 'placeName' | 'distanceOnly' | 'none' | 'noPosition' | 'other';

/** How many employees the map shows, and the rest by reason; every count is a whole group. */
export interface MapCoverage {
  employees: number;
  shown: number;
  /** Reasons with their employees, largest first; 'other' last. Sums to employees - shown. */
  notShown: { reason: NotShownReason; employees: number }[];
}

/**
 * Whether the total of the suppressed PC4 rows would give away a suppressed row's own count:
 * one row, or every row at the lowest (1) or highest (limit - 1) count that suppression hides.
 */
export function totalRevealsSmallRows(total: number, rows: number, limit: number): boolean {
  return rows === 1 || total === rows || total === rows * (limit - 1);
}

/**
 * Splits the employees who are not on the map by reason, from the scan's own counts: PC4 rows
 * hidden because they describe fewer than `limit` employees, rows farther out than the map
 * reaches or without a position, and employees in no PC4 row (`withoutPc4`). A reason with 1
 * to limit - 1 employees, or a suppressed total that would reveal a hidden row, is counted
 * under 'other' so that no small group is named (docs/method.md, privacy).
 */
export function mapCoverage(overall: ScanAggregate, shownPc4: ReadonlySet<string>, limit: number): MapCoverage {
  let shown = 0;
  let farAway = 0;
  let noPosition = 0;
  let visibleInRows = 0;
  let hiddenRows = 0;
  for (const cell of overall.pc4) {
    if (cell.employees === null) {
      hiddenRows++;
      continue;
    }
    visibleInRows += cell.employees;
    if (shownPc4.has(cell.pc4)) shown += cell.employees;
    else if (cell.lat === null || cell.lon === null) noPosition += cell.employees;
    else farAway += cell.employees;
  }
  const counts: Partial<Record<NotShownReason, number>> = { farAway, noPosition };
  const without = overall.withoutPc4;
  if (without) {
    const inRows = overall.employees - without.abroad - without.placeName - without.distanceOnly - without.none;
    const smallAreas = inRows - visibleInRows;
    if (!totalRevealsSmallRows(smallAreas, hiddenRows, limit)) counts.smallAreas = smallAreas;
    Object.assign(counts, without);
  }
  const named = (Object.entries(counts) as [NotShownReason, number][])
    .filter(([, n]) => n >= limit)
    .sort((a, b) => b[1] - a[1])
    .map(([reason, employees]) => ({ reason, employees }));
  const other = overall.employees - shown - named.reduce((sum, r) => sum + r.employees, 0);
  return { employees: overall.employees, shown, notShown: other > 0 ? [...named, { reason: 'other', employees: other }] : named };
}
