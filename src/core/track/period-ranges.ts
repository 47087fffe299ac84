/**
 * Calendar months or quarters that cover a span of dates, the periods `track show` reports:
 * '2026-03' or '2026-Q1', each a closed DateRange.
 */
import type { DateRange } from './types.js';

/** How to group days into periods. */
export type PeriodUnit = 'month' | 'quarter';

/** One reporting period. */
export interface PeriodRange extends DateRange {
  label: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The months or quarters from the one holding `from` to the one holding `to`, in order. */
export function periodRanges(from: string, to: string, unit: PeriodUnit): PeriodRange[] {
  const step = unit === 'month' ? 1 : 3;
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  month -= (month - 1) % step; // back to the quarter's first month
  const periods: PeriodRange[] = [];
  while (`${year}-${pad(month)}-01` <= to) {
    const endMonth = month + step - 1;
    const label = unit === 'month' ? `${year}-${pad(month)}` : `${year}-Q${(month + 2) / 3}`;
    periods.push({ label, from: `${year}-${pad(month)}-01`, to: `${year}-${pad(endMonth)}-${pad(lastDayOfMonth(year, endMonth))}` });
    month += step;
    if (month > 12) [year, month] = [year + 1, month - 12];
  }
  return periods;
}
