import { describe, expect, it } from 'vitest';
import { isoDate, numberish } from '../../../src/core/workspace/fields.js';

describe('fields typed the Dutch way', () => {
  it('reads 4,5 and 4.5 as decimals and 10% as 10', () => {
    expect(numberish('4,5')).toBe(4.5);
    expect(numberish('4.5')).toBe(4.5);
    expect(numberish('10%')).toBe(10);
    expect(numberish('tien')).toBe('tien');
  });

  it('accepts 11-05-2023 as 2023-05-11 and still refuses a date that does not exist', () => {
    expect(isoDate.parse('11-05-2023')).toBe('2023-05-11');
    expect(isoDate.parse('2023-05-11')).toBe('2023-05-11');
    expect(isoDate.safeParse('31-02-2023').success).toBe(false);
  });
});
