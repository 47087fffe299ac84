import { describe, expect, it } from 'vitest';
import { numberFormats } from '../../../src/core/advice/format-numbers.js';
import { columnShareDigits, formatShare } from '../../../src/core/format/format-share.js';
import { formatValue } from '../../../src/core/report/format-value.js';

describe('one rounding rule for shares', () => {
  it('gives one decimal, and a whole percentage without ,0', () => {
    expect(formatShare(0.156, 'nl')).toBe('15,6%');
    expect(formatShare(0.1, 'nl')).toBe('10%');
    expect(formatShare(0.0081, 'nl')).toBe('0,8%');
    expect(formatShare(0.124, 'en')).toBe('12.4%');
  });

  it('reads the same in an advice sentence as in a report table or tile', () => {
    for (const share of [0.156, 0.1, 0.0345, 0.5, 0.2333, 0]) {
      expect(numberFormats('nl').percent(share)).toBe(formatValue(share, 'pct', 'nl'));
      expect(numberFormats('en').percent(share)).toBe(formatValue(share, 'pct', 'en'));
    }
  });

  it('gives a table column one form: one decimal for all when any value needs one', () => {
    expect(columnShareDigits([0.66, 0.571, 0.1])).toBe(1);
    expect(columnShareDigits([0.66, 0.1, 0])).toBe(0);
    // 0.6604 rounds to 66,0%: it needs no decimal of its own
    expect(columnShareDigits([0.6604, 0.5])).toBe(0);
    expect(columnShareDigits([])).toBe(0);
    expect(formatShare(0.66, 'nl', 1)).toBe('66,0%');
    expect(formatShare(0.571, 'nl', 1)).toBe('57,1%');
    expect(formatShare(0.66, 'en', 1)).toBe('66.0%');
    expect(formatValue(0.1, 'pct', 'nl', '<5', 1)).toBe('10,0%');
    expect(formatValue(0.1, 'pct', 'nl')).toBe('10%');
  });
});
