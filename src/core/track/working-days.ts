/**
 * Which days count: weekdays that are not Dutch national public holidays (docs/method.md:
 * exclude weekends and public holidays).
 */
import { addDays, dayNumber, isoWeekday, yearOf } from './calendar-date.js';
import { nlPublicHolidays } from './nl-holidays.js';

/**
 * Liberation Day (5 May) is a paid day off every year for the government and some sectors, but
 * many collective agreements grant it only once in five years (2025, 2030, ...).
 */
export type LiberationDayRule = 'every-year' | 'lustrum' | 'never';

/** Options that decide what a working day is. */
export interface WorkingDayOptions {
  /** Default 'lustrum': the most common collective-agreement rule, and in other years traffic is normal. */
  liberationDay?: LiberationDayRule;
}

function isLiberationDayOff(date: string, rule: LiberationDayRule): boolean {
  if (date.slice(5) !== '05-05' || rule === 'never') return false;
  return rule === 'every-year' || yearOf(date) % 5 === 0;
}

/** True for Monday to Friday that is not a Dutch public holiday; `date` is 'YYYY-MM-DD'. */
export function isWorkingDay(date: string, options: WorkingDayOptions = {}): boolean {
  if (isoWeekday(date) > 5) return false;
  if (nlPublicHolidays(yearOf(date)).has(date)) return false;
  return !isLiberationDayOff(date, options.liberationDay ?? 'lustrum');
}

/** The working days from `from` to `to`, both included, in order; empty when `to` is before `from`. */
export function workingDaysBetween(
  from: string,
  to: string,
  options: WorkingDayOptions = {},
): string[] {
  const days: string[] = [];
  const last = dayNumber(to);
  for (let date = from; dayNumber(date) <= last; date = addDays(date, 1)) {
    if (isWorkingDay(date, options)) days.push(date);
  }
  return days;
}
