/** Whole, non-negative counts as spreadsheets and Dutch CSV write them. */
import type { Cell } from './parse-date-time.js';

// '1800', '1.800' and '1 800' (Dutch thousands separators); never a decimal fraction.
const COUNT = /^\d{1,3}(?:[. \u00a0]\d{3})+$|^\d+$/;

/** A count as a non-negative integer, or null for anything else (blank, '12,5', '-3', 'n/a'). */
export function parseCountCell(cell: Cell): number | null {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 0 ? cell : null;
  if (typeof cell !== 'string') return null;
  const text = cell.trim();
  if (!COUNT.test(text)) return null;
  return Number(text.replace(/[. \u00a0]/g, ''));
}
