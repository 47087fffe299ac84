import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRdCoordinate, rdToWgs84 } from '../../../src/core/geo/rd-to-wgs84.js';

describe('rdToWgs84', () => {
  it('maps the RD origin in Amersfoort to 52.15517, 5.38721', () => {
    const p = rdToWgs84(155000, 463000);
    expect(p.lat).toBeCloseTo(52.15517, 5);
    expect(p.lon).toBeCloseTo(5.38721, 5);
  });

  it('matches the RDNAPTRANS test point Westertoren Amsterdam within about 2 m', () => {
    // RD 120700.723, 487525.501 = ETRS89 52.37453253, 4.88352559 (RDNAPTRANS 2018 test points)
    const p = rdToWgs84(120700.723, 487525.501);
    expect(Math.abs(p.lat - 52.37453253)).toBeLessThan(2e-5);
    expect(Math.abs(p.lon - 4.88352559)).toBeLessThan(3e-5);
  });

  it('keeps every point of the RD grid over the Netherlands in a plausible Dutch range', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10000, max: 280000 }), fc.integer({ min: 300000, max: 620000 }), (x, y) => {
        const p = rdToWgs84(x, y);
        return p.lat > 50.5 && p.lat < 53.8 && p.lon > 3.0 && p.lon < 7.5;
      }),
    );
  });

  it('tells RD metres from degrees', () => {
    expect(isRdCoordinate(155000, 463000)).toBe(true);
    expect(isRdCoordinate(4.9, 52.37)).toBe(false);
  });
});
