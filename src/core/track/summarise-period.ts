/**
 * A period's peak car trips per working day: the average over the working days that have data
 * (a day without data is unknown, not zero), flagged when too few days carry the average.
 */
import type { DailyCount, DateRange } from './types.js';
import { type WorkingDayOptions, workingDaysBetween } from './working-days.js';

/** Options for summarising; see DEFAULT_MIN_WORKING_DAYS and MIN_MEASURED_SHARE. */
export interface SummariseOptions extends DateRange {
  minWorkingDays?: number;
  /** Below this share of working days with data the period is provisional; default MIN_MEASURED_SHARE.value. */
  minMeasuredShare?: number;
  workingDays?: WorkingDayOptions;
}

/** Peak car trips per working day in one period. */
export interface PeriodSummary extends DateRange {
  /** Working days in the period (weekdays that are not public holidays). */
  workingDays: number;
  /** Working days in the period with a count. */
  daysWithData: number;
  /** Averages over the days with data; null when there are none. */
  morningPerDay: number | null;
  eveningPerDay: number | null;
  totalPerDay: number | null;
  /** Set when fewer than minWorkingDays days have data: shown, never hidden. */
  flagged: 'too-few-days' | null;
  /** daysWithData / workingDays (0 for a period without working days). */
  measuredShare: number;
  /** Fewer than minMeasuredShare of the working days measured: shown and trended, but it cannot meet a goal. */
  provisional: boolean;
}

/** Two working weeks, so one odd week (a holiday week, a storm, a strike) cannot carry the average; our choice. */
export const DEFAULT_MIN_WORKING_DAYS = 10;

/**
 * The share of a period's working days that must carry a count before the period can meet a goal
 * (setting). Our choice, for a sceptical reader: with 60% of the days measured, the unmeasured
 * days would have to differ wildly to turn the average, and a quarter then rests on about 8 of its
 * 13 weeks; with fewer, the average may say more about which weeks were counted (holidays,
 * a broken barrier) than about the habit. Lower it only for a count source that is known to be
 * representative on the days it covers.
 */
export const MIN_MEASURED_SHARE = {
  value: 0.6,
  source: 'mobiscan choice: a period counts as complete from 60% of its working days measured; below that it is provisional and cannot make a goal met',
} as const;

/** Summarise daily counts over [from, to]; counts from several sources on one date add up. */
export function summarisePeriod(counts: readonly DailyCount[], options: SummariseOptions): PeriodSummary {
  const days = new Set(workingDaysBetween(options.from, options.to, options.workingDays));
  const byDate = new Map<string, { morning: number; evening: number }>();
  for (const c of counts) {
    if (!days.has(c.date)) continue; // outside the period, or a weekend or holiday
    const day = byDate.get(c.date) ?? { morning: 0, evening: 0 };
    day.morning += c.morning;
    day.evening += c.evening;
    byDate.set(c.date, day);
  }
  const n = byDate.size;
  const sum = (key: 'morning' | 'evening') => [...byDate.values()].reduce((s, d) => s + d[key], 0);
  const morningPerDay = n === 0 ? null : sum('morning') / n;
  const eveningPerDay = n === 0 ? null : sum('evening') / n;
  const minDays = options.minWorkingDays ?? DEFAULT_MIN_WORKING_DAYS;
  const measuredShare = days.size > 0 ? n / days.size : 0;
  return {
    from: options.from,
    to: options.to,
    workingDays: days.size,
    daysWithData: n,
    morningPerDay,
    eveningPerDay,
    totalPerDay: morningPerDay === null || eveningPerDay === null ? null : morningPerDay + eveningPerDay,
    flagged: n < minDays ? 'too-few-days' : null,
    measuredShare,
    provisional: measuredShare < (options.minMeasuredShare ?? MIN_MEASURED_SHARE.value),
  };
}
