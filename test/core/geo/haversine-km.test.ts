import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { haversineKm } from '../../../src/core/geo/haversine-km.js';

const point = fc.record({ lat: fc.double({ min: -89, max: 89, noNaN: true }), lon: fc.double({ min: -180, max: 180, noNaN: true }) });

describe('haversineKm', () => {
  it('gives the known Dordrecht - Rotterdam distance', () => {
    // Dordrecht station 51.8075, 4.6683; Rotterdam Centraal 51.9249, 4.4690: about 18.9 km as the crow flies.
    expect(haversineKm({ lat: 51.8075, lon: 4.6683 }, { lat: 51.9249, lon: 4.469 })).toBeCloseTo(18.9, 0);
  });

  it('is zero from a point to itself', () => {
    fc.assert(fc.property(point, (p) => haversineKm(p, p) === 0));
  });

  it('is symmetric and never negative', () => {
    fc.assert(
      fc.property(point, point, (a, b) => {
        const d = haversineKm(a, b);
        return d >= 0 && Math.abs(d - haversineKm(b, a)) < 1e-9;
      }),
    );
  });

  it('obeys the triangle inequality', () => {
    // 1 m of slack: near antipodal points asin() amplifies rounding to about 1e-4 km
    fc.assert(fc.property(point, point, point, (a, b, c) => haversineKm(a, c) <= haversineKm(a, b) + haversineKm(b, c) + 1e-3));
  });

  it('never exceeds half the circumference', () => {
    fc.assert(fc.property(point, point, (a, b) => haversineKm(a, b) <= Math.PI * 6371.0088 + 1e-6));
  });
});
