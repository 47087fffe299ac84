import { describe, expect, it } from 'vitest';
import { isWorkingDay, workingDaysBetween } from '../../../src/core/track/working-days.js';

describe('isWorkingDay', () => {
  it('leaves out weekends', () => {
    expect(isWorkingDay('2026-11-27')).toBe(true); // Friday
    expect(isWorkingDay('2026-11-28')).toBe(false); // Saturday
    expect(isWorkingDay('2026-11-29')).toBe(false); // Sunday
  });

  it('leaves out Dutch public holidays from the holiday library', () => {
    expect(isWorkingDay('2026-12-25')).toBe(false); // Eerste Kerstdag
    expect(isWorkingDay('2026-04-27')).toBe(false); // Koningsdag
    expect(isWorkingDay('2026-05-14')).toBe(false); // Hemelvaartsdag
    expect(isWorkingDay('2026-05-25')).toBe(false); // Tweede Pinksterdag
    expect(isWorkingDay('2027-01-01')).toBe(false); // Nieuwjaarsdag
  });

  it('keeps days that are not national public holidays', () => {
    expect(isWorkingDay('2026-04-03')).toBe(true); // Goede Vrijdag: most employers work
    expect(isWorkingDay('2026-12-31')).toBe(true); // Oudejaarsdag
    expect(isWorkingDay('2026-05-04')).toBe(true); // Dodenherdenking
  });

  it('treats Liberation Day as a day off only in lustrum years by default', () => {
    expect(isWorkingDay('2026-05-05')).toBe(true);
    expect(isWorkingDay('2025-05-05')).toBe(false);
    expect(isWorkingDay('2030-05-05', { liberationDay: 'lustrum' })).toBe(false);
  });

  it('lets the Liberation Day rule be chosen', () => {
    expect(isWorkingDay('2026-05-05', { liberationDay: 'every-year' })).toBe(false);
    expect(isWorkingDay('2025-05-05', { liberationDay: 'never' })).toBe(true);
  });
});

describe('workingDaysBetween', () => {
  it('counts the working days of four weeks around Koningsdag and Hemelvaart', () => {
    const days = workingDaysBetween('2026-04-20', '2026-05-17');
    expect(days).toHaveLength(18); // 20 weekdays minus Koningsdag and Hemelvaartsdag
    expect(days).not.toContain('2026-04-27');
    expect(days).not.toContain('2026-05-14');
    expect(days[0]).toBe('2026-04-20');
    expect(days.at(-1)).toBe('2026-05-15');
  });

  it('counts the Christmas fortnight without Christmas and New Year', () => {
    expect(workingDaysBetween('2026-12-21', '2027-01-03')).toEqual([
      '2026-12-21', '2026-12-22', '2026-12-23', '2026-12-24',
      '2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31',
    ]);
  });

  it('is empty when the range is reversed and includes both ends', () => {
    expect(workingDaysBetween('2026-11-27', '2026-11-26')).toEqual([]);
    expect(workingDaysBetween('2026-11-27', '2026-11-27')).toEqual(['2026-11-27']);
  });

  it('crosses years and daylight-saving changes without losing or doubling a day', () => {
    expect(workingDaysBetween('2026-03-23', '2026-04-03')).toHaveLength(10); // DST starts 29 March
    expect(workingDaysBetween('2026-10-19', '2026-10-30')).toHaveLength(10); // DST ends 25 October
  });
});
