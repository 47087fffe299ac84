/**
 * Calendar dates as 'YYYY-MM-DD' strings. Arithmetic runs in UTC so that a day is always
 * 24 hours and the machine's time zone never shifts a date.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when the text is a real calendar date in 'YYYY-MM-DD' form (no 2026-02-30). */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** Whole days since 1970-01-01 for a 'YYYY-MM-DD' date; the x axis of every trend line. */
export function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

/** The 'YYYY-MM-DD' date of a day number (the inverse of dayNumber). */
export function dateOfDayNumber(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** The date `days` days after `date` (negative goes back). */
export function addDays(date: string, days: number): string {
  return dateOfDayNumber(dayNumber(date) + days);
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(date: string): number {
  const sundayIsZero = new Date(`${date}T00:00:00Z`).getUTCDay();
  return sundayIsZero === 0 ? 7 : sundayIsZero;
}

/** A 'YYYY-MM-DD' date as a Date at noon UTC, so that formatting it in any time zone gives the same day. */
export function noonUtc(date: string): Date {
  return new Date(`${date}T12:00:00Z`);
}

/** The calendar year of a 'YYYY-MM-DD' date. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
