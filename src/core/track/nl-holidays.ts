/**
 * Dutch national public holidays, as the `date-holidays` package computes them. The years most
 * reports need come from a table derived from the package (nl-holidays-table.ts, checked against
 * it by a test); other years load the package on first use: importing it costs about 0.2 s
 * (its data for every country, moment-timezone, astronomia), which a report should not pay.
 */
import { createRequire } from 'node:module';
import type HolidaysClass from 'date-holidays';
import { nlHolidaysTable } from './nl-holidays-table.js';

type HolidaysCtor = typeof HolidaysClass;

let instance: HolidaysClass | undefined;
const byYear = new Map<number, ReadonlySet<string>>();

function holidays(): HolidaysClass {
  if (instance === undefined) {
    // A synchronous require keeps isWorkingDay synchronous; the package ships a CommonJS build.
    const loaded = createRequire(import.meta.url)('date-holidays') as
      | HolidaysCtor
      | { default: HolidaysCtor };
    const Holidays = 'default' in loaded ? loaded.default : loaded;
    // Only 'public' days: the package types Good Friday and Liberation Day as 'school', which
    // most Dutch employers work on (Liberation Day is handled by its own option).
    instance = new Holidays('NL', { types: ['public'] });
  }
  return instance;
}

/** The year's public holidays ('YYYY-MM-DD', sorted) computed by date-holidays itself. */
export function nlPublicHolidaysFromPackage(year: number): string[] {
  const dates = holidays()
    .getHolidays(year)
    .filter((h) => h.type === 'public')
    // `date` is local to the country ('2026-12-25 00:00:00'), so no time-zone arithmetic here.
    .map((h) => h.date.slice(0, 10));
  return [...new Set(dates)].sort();
}

/** The dates ('YYYY-MM-DD') of the Dutch national public holidays in one year, cached per year. */
export function nlPublicHolidays(year: number): ReadonlySet<string> {
  const cached = byYear.get(year);
  if (cached) return cached;
  const row = nlHolidaysTable[year];
  const dates = new Set(row === undefined ? nlPublicHolidaysFromPackage(year) : row.split(' ').map((day) => `${year}-${day}`));
  byYear.set(year, dates);
  return dates;
}
