import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/core/answers/answer.js';
import { parseDutchDate } from '../../../src/core/answers/parse-dutch-date.js';
import { parseDutchDecimal } from '../../../src/core/answers/parse-dutch-decimal.js';
import { parseHeadcount } from '../../../src/core/answers/parse-headcount.js';
import { parsePercentage } from '../../../src/core/answers/parse-percentage.js';
import { parseYear } from '../../../src/core/answers/parse-year.js';
import { parseYesNo } from '../../../src/core/answers/parse-yes-no.js';
import { renderText } from '../../../src/core/i18n/index.js';

const value = <T>(answer: Answer<T>): T | undefined => (answer.ok ? answer.value : undefined);
const why = (answer: Answer<unknown>, lang: 'nl' | 'en' = 'nl'): string => (answer.ok ? '' : renderText(answer.error, lang));

describe('a headcount as a Dutch person types it', () => {
  it('reads 4.500 and 4 500 as four thousand five hundred, like 4500', () => {
    expect(value(parseHeadcount('4.500'))).toBe(4500);
    expect(value(parseHeadcount('4 500'))).toBe(4500);
    expect(value(parseHeadcount(' 4500 '))).toBe(4500);
    expect(value(parseHeadcount('1.234.567', { max: 2_000_000 }))).toBe(1234567);
  });

  it('refuses decimals, words and out-of-range counts with a Dutch message', () => {
    expect(why(parseHeadcount('4,5'))).toBe('4,5 is geen heel aantal; typ bijvoorbeeld 4500 of 4.500');
    expect(parseHeadcount('4.5').ok).toBe(false); // a dot before fewer than three digits is no thousands dot
    expect(parseHeadcount('45.00').ok).toBe(false);
    expect(parseHeadcount('vijf').ok).toBe(false);
    expect(parseHeadcount('-5').ok).toBe(false);
    expect(why(parseHeadcount('0'))).toBe('0 ligt niet tussen 1 en 1.000.000');
    expect(why(parseHeadcount('0'), 'en')).toBe('0 is not between 1 and 1,000,000');
    expect(why(parseHeadcount(''))).toBe('vul iets in');
  });

  it('reads every count written with thousands dots as the count itself (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1_000_000 }), (n) => {
      const dotted = n.toLocaleString('nl-NL'); // 4.500
      expect(value(parseHeadcount(dotted))).toBe(n);
      expect(value(parseHeadcount(String(n)))).toBe(n);
    }));
  });
});

describe('a decimal number as a Dutch person types it', () => {
  it('reads the decimal comma and thousands dots', () => {
    expect(value(parseDutchDecimal('1.234,5'))).toBe(1234.5);
    expect(value(parseDutchDecimal('1234,5'))).toBe(1234.5);
    expect(value(parseDutchDecimal('0,25'))).toBe(0.25);
    expect(value(parseDutchDecimal('-3,5'))).toBe(-3.5);
  });

  it('reads dots between groups of three as thousands, and another single dot as a decimal point', () => {
    expect(value(parseDutchDecimal('1.234'))).toBe(1234);
    expect(value(parseDutchDecimal('4.5'))).toBe(4.5);
    expect(value(parseDutchDecimal('51.8151'))).toBe(51.8151);
  });

  it('refuses what is not one number', () => {
    for (const typed of ['1,234,5', '1.23,4', 'tien', '12a', '1..2', '']) expect(parseDutchDecimal(typed).ok, typed).toBe(false);
    expect(why(parseDutchDecimal('tien'))).toBe('tien is geen getal; typ bijvoorbeeld 1.234,5');
  });

  it('reads back what Dutch number formatting writes (property)', () => {
    fc.assert(fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 9 }), (whole, tenth) => {
      const n = whole + Math.sign(whole || 1) * tenth / 10;
      const typed = n.toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
      expect(value(parseDutchDecimal(typed))).toBeCloseTo(n, 6);
    }));
  });
});

describe('a percentage', () => {
  it('takes 10 and 10% alike, and Dutch decimals', () => {
    expect(value(parsePercentage('10%'))).toBe(10);
    expect(value(parsePercentage('10'))).toBe(10);
    expect(value(parsePercentage('12,5 %'))).toBe(12.5);
    expect(value(parsePercentage('100'))).toBe(100);
  });

  it('refuses 0, more than 100 and words, saying why in Dutch', () => {
    expect(why(parsePercentage('150%'))).toBe('150% ligt niet tussen 0 en 100 procent (0 zelf telt niet)');
    expect(parsePercentage('0').ok).toBe(false);
    expect(parsePercentage('-10').ok).toBe(false);
    expect(why(parsePercentage('tien procent'))).toBe('tien procent is geen percentage; typ bijvoorbeeld 10 of 10%');
  });
});

describe('a date as a Dutch person types it', () => {
  it('reads day-month-year with or without leading zeros, and ISO', () => {
    expect(value(parseDutchDate('11-05-2023'))).toBe('2023-05-11');
    expect(value(parseDutchDate('11-5-2023'))).toBe('2023-05-11');
    expect(value(parseDutchDate('1/5/2023'))).toBe('2023-05-01');
    expect(value(parseDutchDate('11.05.2023'))).toBe('2023-05-11');
    expect(value(parseDutchDate('2023-05-11'))).toBe('2023-05-11');
    expect(value(parseDutchDate('29-02-2024'))).toBe('2024-02-29');
  });

  it('refuses dates that do not exist and mixed or short forms', () => {
    expect(why(parseDutchDate('31-02-2023'))).toBe('31-02-2023 bestaat niet als datum');
    expect(parseDutchDate('29-02-2023').ok).toBe(false);
    expect(parseDutchDate('2026-13-45').ok).toBe(false);
    expect(parseDutchDate('11-05/2023').ok).toBe(false);
    expect(why(parseDutchDate('11-05-23'))).toBe('11-05-23 is geen datum; typ bijvoorbeeld 11-05-2023');
    expect(why(parseDutchDate('mei 2023'), 'en')).toBe('mei 2023 is not a date; type e.g. 11-05-2023');
  });

  it('reads every real date written day first back to the same ISO date (property)', () => {
    fc.assert(fc.property(fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
      const iso = d.toISOString().slice(0, 10);
      const [y, m, day] = iso.split('-');
      expect(value(parseDutchDate(`${Number(day)}-${Number(m)}-${y}`))).toBe(iso);
      expect(value(parseDutchDate(iso))).toBe(iso);
    }));
  });
});

describe('a year', () => {
  it('takes four digits in range, after the baseline when one is given', () => {
    expect(value(parseYear('2030'))).toBe(2030);
    expect(value(parseYear('2030', { after: 2016 }))).toBe(2030);
    expect(why(parseYear('2016', { after: 2030 }))).toBe('2016 ligt niet na het basisjaar 2030');
  });

  it('refuses 16 instead of guessing 2016, and years out of range', () => {
    expect(why(parseYear('16'))).toBe('16 is geen jaartal; typ vier cijfers, bijvoorbeeld 2030');
    expect(why(parseYear('1890'))).toBe('1890 ligt niet tussen 1990 en 2100');
    expect(parseYear('10%').ok).toBe(false);
  });
});

describe('a yes or no, in Dutch or English', () => {
  it('reads ja, j, Yes and nee, N, no (a Dutch "ja" is never read as no)', () => {
    expect(['ja', 'J', ' Yes ', 'y'].map((t) => value(parseYesNo(t)))).toEqual([true, true, true, true]);
    expect(['nee', 'N', 'no'].map((t) => value(parseYesNo(t)))).toEqual([false, false, false]);
  });

  it('refuses anything else in the reader\'s language', () => {
    expect(why(parseYesNo('misschien'))).toBe('misschien is geen ja of nee; typ j of n');
    expect(why(parseYesNo('maybe'), 'en')).toBe('maybe is not yes or no; type y or n');
  });
});
