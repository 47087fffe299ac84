import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDateText, parseTimeText } from '../../../src/core/track/parse-date-time.js';

const pad = (n: number) => String(n).padStart(2, '0');
const dates = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2060-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('parseDateText', () => {
  it('reads ISO and Dutch day-first forms of the same date alike', () => {
    fc.assert(
      fc.property(dates, fc.constantFrom('-', '/', '.'), fc.boolean(), (iso, sep, short) => {
        const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
        const dutch = short ? `${d}${sep}${m}${sep}${y}` : `${pad(d)}${sep}${pad(m)}${sep}${y}`;
        expect(parseDateText(dutch)).toBe(iso);
        expect(parseDateText(iso)).toBe(iso);
      }),
    );
  });

  it('rejects impossible and unknown dates', () => {
    for (const text of ['31-11-2026', '2026-02-29', '11/27/2026', '27-11-26', 'morgen', '']) {
      expect(parseDateText(text)).toBeNull();
    }
    expect(parseDateText('29-02-2028')).toBe('2028-02-29');
  });
});

describe('parseTimeText', () => {
  it('reads times as minutes after midnight', () => {
    expect(parseTimeText('7:45')).toBe(465);
    expect(parseTimeText('07.45')).toBe(465);
    expect(parseTimeText('23:59:59')).toBe(1439);
    expect(parseTimeText('24:00')).toBeNull();
    expect(parseTimeText('7:5')).toBeNull();
  });
});
