import { describe, expect, it } from 'vitest';
import { excelValue, isoDateToUtc, safeText } from '../../../../src/adapters/report/xlsx/excel-value.js';

describe('excelValue', () => {
  it('keeps numbers, turns null and a suppressed group into an empty cell (a number column holds numbers only)', () => {
    expect(excelValue(1234.5, 'decimal1', '<5')).toBe(1234.5);
    expect(excelValue(null, 'int', '<5')).toBeNull();
    expect(excelValue({ suppressed: true }, 'int', '<5')).toBeNull();
    expect(excelValue(Number.NaN, 'int', '<5')).toBeNull();
  });

  it('stores an ISO date as a date and leaves other text as it is', () => {
    expect(excelValue('2026-11-27', 'date', '<5')).toEqual(new Date(Date.UTC(2026, 10, 27)));
    expect(excelValue('2026-11-27', 'text', '<5')).toBe('2026-11-27');
    expect(excelValue('later', 'date', '<5')).toBe('later');
    expect(excelValue('=1+1', 'text', '<5')).toBe('=1+1');
  });
});

describe('isoDateToUtc', () => {
  it('refuses dates that do not exist', () => {
    expect(isoDateToUtc('2026-02-30')).toBeNull();
    expect(isoDateToUtc('27-11-2026')).toBeNull();
  });
});

describe('safeText', () => {
  it('drops characters XML cannot hold and keeps within Excel\'s cell limit', () => {
    expect(safeText('a\u0000b\u0007c\td\ne')).toBe('abc\td\ne');
    expect(safeText('x'.repeat(40000))).toHaveLength(32767);
  });
});
