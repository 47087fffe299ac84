import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDutchNumber } from '../../../src/core/ingest/parse-dutch-number.js';

describe('parseDutchNumber', () => {
  it.each([
    ['1.234,5', 1234.5], ['1234,5', 1234.5], ['1,234.5', 1234.5], ['1234.5', 1234.5], ['12', 12], [' 7,5 km', 7.5],
    ['80%', 80], ['80 %', 80], ['0,8', 0.8], ['0.8', 0.8], [',5', 0.5], ['.5', 0.5], ['1.', 1], ['36 uur', 36],
    ['12.5km', 12.5], ['-3', -3], ['-2,5', -2.5], ['+4', 4], ['0', 0], ['-0', 0], ['1.234.567', 1234567],
    ['1,234,567', 1234567], ['1.234.567,89', 1234567.89], ['1,234,567.89', 1234567.89], ['\u00a012,5\u00a0', 12.5],
    ['0,88889', 0.88889], ['007', 7], ['38,00', 38], ['40 h', 40], ['25 km.', 25],
    // A lone separator is decimal, whichever it is (documented in parse-dutch-number.ts).
    ['1,234', 1.234], ['1.234', 1.234], ['12,500', 12.5],
  ])('reads %j as %d', (raw, expected) => {
    expect(parseDutchNumber(raw)).toEqual({ ok: true, value: expected });
  });

  it.each(['', '  ', 'abc', 'km', '1.2,3', '1,2.3', '12,34,5', '1.23.4', '1e5', '12 34', '3311 AB', '--1', '7:30', 'twaalf', '1,2,3.4.5', '%'])(
    'rejects %j',
    (raw) => {
      expect(parseDutchNumber(raw).ok).toBe(false);
    },
  );

  it('round-trips numbers formatted the Dutch way with a decimal comma', () => {
    const dutch = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 4 });
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 1, max: 9999 }), (whole, frac) => {
        const value = whole + frac / 10_000;
        const parsed = parseDutchNumber(dutch.format(value).replace('\u2212', '-'));
        expect(parsed.ok && parsed.value).toBeCloseTo(value, 6);
      }),
    );
  });

  it('round-trips numbers formatted the English way and as plain JavaScript numbers', () => {
    const english = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 4 });
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (value) => {
        const rounded = Math.round(value * 10_000) / 10_000;
        const viaEnglish = parseDutchNumber(english.format(rounded));
        expect(viaEnglish.ok && viaEnglish.value).toBeCloseTo(rounded, 6);
        if (Math.abs(rounded) >= 1e-4) expect(parseDutchNumber(String(rounded))).toEqual({ ok: true, value: rounded });
      }),
    );
  });
});
