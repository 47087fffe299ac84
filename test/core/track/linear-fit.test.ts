import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearFit, valueAt } from '../../../src/core/track/linear-fit.js';

describe('linearFit', () => {
  it('gives the textbook least-squares line', () => {
    // x 1..5, y 2,4,5,4,5: slope 0.6, intercept 2.2
    const fit = linearFit([1, 2, 3, 4, 5].map((x, i) => ({ x, y: [2, 4, 5, 4, 5][i] ?? 0 })));
    expect(fit?.slope).toBeCloseTo(0.6, 12);
    expect(fit?.intercept).toBeCloseTo(2.2, 12);
  });

  it('recovers a line its points lie on', () => {
    const small = fc.double({ min: -1000, max: 1000, noNaN: true });
    fc.assert(
      fc.property(small, small, fc.uniqueArray(fc.integer({ min: 1990, max: 2060 }), { minLength: 2, maxLength: 12 }), (slope, intercept, xs) => {
        const fit = linearFit(xs.map((x) => ({ x, y: intercept + slope * x })));
        expect(fit).not.toBeNull();
        const expected = intercept + slope * 2030;
        if (fit) expect(Math.abs(valueAt(fit, 2030) - expected)).toBeLessThan(1e-6 * (1 + Math.abs(expected)));
      }),
    );
  });

  it('has no line for fewer than two distinct x values', () => {
    expect(linearFit([])).toBeNull();
    expect(linearFit([{ x: 1, y: 1 }])).toBeNull();
    expect(linearFit([{ x: 1, y: 1 }, { x: 1, y: 3 }])).toBeNull();
  });
});
