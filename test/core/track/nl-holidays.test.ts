import { describe, expect, it } from 'vitest';
import { nlHolidaysTable } from '../../../src/core/track/nl-holidays-table.js';
import { nlPublicHolidays, nlPublicHolidaysFromPackage } from '../../../src/core/track/nl-holidays.js';

describe('nlPublicHolidays', () => {
  it('takes the years of its table from the table, and the table matches the installed date-holidays', () => {
    const years = Object.keys(nlHolidaysTable).map(Number);
    expect(years.length).toBeGreaterThan(80);
    // When this fails after an update of date-holidays: node scripts/derive-nl-holidays.mjs
    for (const year of years) expect([...nlPublicHolidays(year)], String(year)).toEqual(nlPublicHolidaysFromPackage(year));
  });

  it('knows the moved King’s Day and the Easter and Whit Mondays', () => {
    const y2026 = nlPublicHolidays(2026);
    for (const day of ['2026-01-01', '2026-04-06', '2026-04-27', '2026-05-14', '2026-05-25', '2026-12-25', '2026-12-26']) expect(y2026.has(day), day).toBe(true);
    // 27 April 2014 was a Sunday: King's Day was on the Saturday before; 2013 was still Queen's Day.
    expect(nlPublicHolidays(2014).has('2014-04-26')).toBe(true);
    expect(nlPublicHolidays(2013).has('2013-04-30')).toBe(true);
    // Good Friday and Liberation Day are not national public holidays (Liberation Day has its own rule).
    expect(y2026.has('2026-04-03')).toBe(false);
    expect(y2026.has('2026-05-05')).toBe(false);
  });

  it('computes a year outside the table with the package', () => {
    expect(nlHolidaysTable[2101]).toBeUndefined();
    const y2101 = nlPublicHolidays(2101);
    expect(y2101.has('2101-12-25')).toBe(true);
    expect(y2101.size).toBe(nlPublicHolidaysFromPackage(2101).length);
  });
});
