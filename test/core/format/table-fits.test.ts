import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderTable } from '../../../src/core/format/table.js';

const widest = (table: string): number => Math.max(...table.split('\n').map((line) => line.length));

const PEAK_HEADER = ['period', 'days', 'morning', 'evening', 'total', 'avoided', 'share', 'per head', 'per 100 empl.', 'registered/day', 'measures started'];
const PEAK_ALIGN = ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'left'] as const;
const PEAK_ROWS = [
  ['2025-Q4 (baseline)', '61/63', '812,4', '640,2', '1.452,6', '-', '-', '-', '48,4', '-', ''],
  ['2026-Q1', '60/62 ~', '790,1', '610,0', '1.400,1', '52,5', '3,6%', '3,1%', '46,7', '12,3', 'fietsplan, e-bike proefrit, parkeerbeleid'],
];

describe('tables fit an 80-column terminal', () => {
  it('leaves a table that fits exactly as it was: one header line, two spaces between columns', () => {
    expect(renderTable(['year', 'kg'], [['2025', '1.234'], ['2026', '987']], ['left', 'right'])).toBe(
      ['year     kg', '----  -----', '2025  1.234', '2026    987'].join('\n'),
    );
  });

  it('fits the eleven columns of track show into 80 by wrapping headers and the measures column', () => {
    const table = renderTable(PEAK_HEADER, PEAK_ROWS, [...PEAK_ALIGN], { width: 80 });
    expect(widest(table)).toBeLessThanOrEqual(80);
    // every value is still there, whole
    for (const value of ['2025-Q4', '(baseline)', 'parkeerbeleid', '1.452,6', '3,6%', '60/62 ~', '12,3']) expect(table).toContain(value);
    expect(table.replace(/\s+/g, ' ')).toContain('fietsplan, e-bike proefrit, parkeerbeleid'.replace(/\s+/g, ' ').split(', ')[0]);
  });

  it('uses a wider terminal when it is given one, and then needs no wrapping', () => {
    const table = renderTable(PEAK_HEADER, PEAK_ROWS, [...PEAK_ALIGN], { width: 200 });
    expect(table.split('\n')[0]).toContain('per 100 empl.  registered/day  measures started');
    expect(table.split('\n')).toHaveLength(4);
  });

  it('wraps a long place name in the scan summary rather than the numbers', () => {
    const table = renderTable(
      ['location', 'employees', 'car', 'car share', 'peak car trips/working day', 'fewer at a Dutch level'],
      [['Dordrecht (Albert Schweitzerplaats, hoofdingang en parkeergarage)', '1.200', '700', '58,3%', '512', '120']],
      ['left', 'right', 'right', 'right', 'right', 'right'],
      { width: 80 },
    );
    expect(widest(table)).toBeLessThanOrEqual(80);
    expect(table).toContain('58,3%');
    expect(table).toMatch(/^Dordrecht/m);
  });

  it('fits any table of a few columns with some text into 80 columns (property)', () => {
    const word = fc.string({ minLength: 1, maxLength: 14, unit: fc.constantFrom('a', 'b', 'e', 'k', ' ', '-') });
    const number = fc.integer({ min: 0, max: 9_999_999 }).map(String);
    fc.assert(fc.property(fc.integer({ min: 2, max: 7 }), fc.array(fc.tuple(fc.array(word, { maxLength: 8 }), number), { minLength: 1, maxLength: 5 }), (n, data) => {
      const header = Array.from({ length: n }, (_, i) => (i === 0 ? 'name of the thing' : `figure number ${i}`));
      const rows = data.map(([words, figure]) => [words.join(' '), ...Array.from({ length: n - 1 }, () => figure)]);
      const table = renderTable(header, rows, ['left', ...Array.from({ length: n - 1 }, () => 'right' as const)], { width: 80 });
      expect(widest(table)).toBeLessThanOrEqual(80);
    }));
  });
});
