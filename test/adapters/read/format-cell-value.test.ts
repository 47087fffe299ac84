import { describe, expect, it } from 'vitest';
import { formatCellValue } from '../../../src/adapters/read/format-cell-value.js';

describe('formatCellValue', () => {
  it('writes numbers with a dot and without binary noise', () => {
    expect(formatCellValue(0.8)).toBe('0.8');
    expect(formatCellValue(0.1 + 0.2)).toBe('0.3');
    expect(formatCellValue(36)).toBe('36');
    expect(formatCellValue(-0)).toBe('0');
  });

  it('writes a date as YYYY-MM-DD, a time as HH:MM and both with a space between', () => {
    expect(formatCellValue(new Date(Date.UTC(2024, 2, 1)))).toBe('2024-03-01');
    expect(formatCellValue(new Date(Date.UTC(1899, 11, 30, 7, 30)))).toBe('07:30');
    expect(formatCellValue(new Date(Date.UTC(1899, 11, 30, 7, 30, 15)))).toBe('07:30:15');
    expect(formatCellValue(new Date(Date.UTC(2024, 2, 1, 16, 45)))).toBe('2024-03-01 16:45');
  });

  it('rounds a time that lands a millisecond short of the minute', () => {
    expect(formatCellValue(new Date(Date.UTC(1899, 11, 30, 7, 59, 59, 999)))).toBe('08:00');
  });

  it('reads formulas as their cached result and errors as empty', () => {
    expect(formatCellValue({ formula: 'A1*2', result: 1.6 })).toBe('1.6');
    expect(formatCellValue({ sharedFormula: 'A1', result: 'x' })).toBe('x');
    expect(formatCellValue({ formula: 'NA()', result: { error: '#N/A' } })).toBe('');
    expect(formatCellValue({ formula: 'A1' })).toBe('');
    expect(formatCellValue({ error: '#REF!' })).toBe('');
  });

  it('joins rich text and takes a hyperlink by its text', () => {
    expect(formatCellValue({ richText: [{ text: 'Dord' }, { text: 'recht' }] })).toBe('Dordrecht');
    expect(formatCellValue({ text: 'Intranet', hyperlink: 'https://example.org' })).toBe('Intranet');
    expect(formatCellValue({ text: { richText: [{ text: 'a' }] }, hyperlink: 'x' })).toBe('a');
  });

  it('writes empty cells as empty strings and booleans as true/false', () => {
    expect(formatCellValue(null)).toBe('');
    expect(formatCellValue(undefined)).toBe('');
    expect(formatCellValue(true)).toBe('true');
  });
});
