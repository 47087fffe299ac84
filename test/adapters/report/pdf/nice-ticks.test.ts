import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { niceTicks } from '../../../../src/adapters/report/pdf/nice-ticks.js';

describe('niceTicks', () => {
  it('rounds the domain to round steps', () => {
    expect(niceTicks(0, 1804)).toEqual({ min: 0, max: 2000, step: 500, values: [0, 500, 1000, 1500, 2000] });
    expect(niceTicks(0, 0.538).values).toEqual([0, 0.2, 0.4, 0.6]);
    expect(niceTicks(-0.26, 0.1).min).toBeLessThanOrEqual(-0.26);
  });

  it('never returns an empty domain', () => {
    expect(niceTicks(0, 0).max).toBeGreaterThan(0);
    expect(niceTicks(5, 5).min).toBe(0);
    expect(niceTicks(Number.NaN, 3).values.length).toBeGreaterThan(1);
  });

  it('covers the data with at most about a dozen ticks', () => {
    // Report values: up to a million, with up to four decimals.
    const value = fc.integer({ min: -1e10, max: 1e10 }).map((n) => n / 1e4);
    fc.assert(
      fc.property(value, value, (a, b) => {
        const ticks = niceTicks(a, b);
        expect(ticks.min).toBeLessThanOrEqual(Math.min(a, b));
        expect(ticks.max).toBeGreaterThanOrEqual(Math.max(a, b));
        expect(ticks.values.length).toBeGreaterThanOrEqual(2);
        expect(ticks.values.length).toBeLessThanOrEqual(12);
      }),
    );
  });
});

describe('niceTicks on values where floating point rounds inwards', () => {
  it('still covers -0.0033 (found by the property test)', () => {
    const ticks = niceTicks(-0.0029, -0.0033);
    expect(ticks.min).toBeLessThanOrEqual(-0.0033);
    expect(ticks.max).toBeGreaterThanOrEqual(-0.0029);
  });
});
