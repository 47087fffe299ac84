import { describe, expect, it } from 'vitest';
import { excelNumFmt, formatValue } from '../../../src/core/report/format-value.js';

describe('formatValue: the one rounding rule of the report', () => {
  it('shows people and trips whole, with thousands separators, in both languages', () => {
    expect(formatValue(453.04, 'count', 'nl')).toBe('453');
    expect(formatValue(2148, 'count', 'nl')).toBe('2.148');
    expect(formatValue(225506.4, 'int', 'nl')).toBe('225.506');
    expect(formatValue(1364.5, 'count', 'en')).toBe('1,365');
    expect(formatValue(-0.2, 'count', 'nl')).toBe('0');
  });

  it('keeps one decimal for counts in Excel only', () => {
    expect(excelNumFmt('count')).toBe('#,##0.0');
    expect(excelNumFmt('int')).toBe('#,##0');
  });

  it('shows shares with one decimal and whole percentages without ",0"', () => {
    expect(formatValue(0.124, 'pct', 'nl')).toBe('12,4%');
    expect(formatValue(0.1, 'pct', 'nl')).toBe('10%');
    expect(formatValue(0.09996, 'pct', 'nl')).toBe('10%');
    expect(formatValue(0.575, 'pct', 'en')).toBe('57.5%');
  });

  it('shows tonnes with one decimal and Dutch separators', () => {
    expect(formatValue(1502.06, 'decimal1', 'nl')).toBe('1.502,1');
  });

  it('shows missing and suppressed values as words, not numbers', () => {
    expect(formatValue(null, 'int', 'nl')).toBe('–');
    expect(formatValue({ suppressed: true }, 'int', 'nl', '<5')).toBe('<5');
  });
});
