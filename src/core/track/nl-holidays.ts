/**
 * Dutch national public holidays from the `date-holidays` package, loaded on first use only:
 * importing it costs about 0.2 s, which `mobiscan --help` and the scan should not pay.
 */
import { createRequire } from 'node:module';
import type HolidaysClass from 'date-holidays';

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

/** The dates ('YYYY-MM-DD') of the Dutch national public holidays in one year, cached per year. */
export function nlPublicHolidays(year: number): ReadonlySet<string> {
  const cached = byYear.get(year);
  if (cached) return cached;
  const dates = new Set(
    holidays()
      .getHolidays(year)
      .filter((h) => h.type === 'public')
      // `date` is local to the country ('2026-12-25 00:00:00'), so no time-zone arithmetic here.
      .map((h) => h.date.slice(0, 10)),
  );
  byYear.set(year, dates);
  return dates;
}
