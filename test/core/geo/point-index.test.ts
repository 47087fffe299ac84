import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { haversineKm } from '../../../src/core/geo/haversine-km.js';
import { createPointIndex } from '../../../src/core/geo/point-index.js';

// Roughly the Netherlands and its border regions, where stations and homes lie.
const nlPoint = fc.record({ lat: fc.double({ min: 50.7, max: 53.6, noNaN: true }), lon: fc.double({ min: 3.3, max: 7.3, noNaN: true }) });
const anyPoint = fc.record({ lat: fc.double({ min: 45, max: 58, noNaN: true }), lon: fc.double({ min: -2, max: 12, noNaN: true }) });

describe('createPointIndex', () => {
  it('answers undefined when empty', () => {
    expect(createPointIndex([]).nearest({ lat: 52, lon: 5 })).toBeUndefined();
  });

  it('finds the same distance as a linear scan, inside and far outside the grid', () => {
    fc.assert(
      fc.property(fc.array(nlPoint, { minLength: 1, maxLength: 300 }), fc.array(anyPoint, { minLength: 1, maxLength: 20 }), (points, queries) => {
        const index = createPointIndex(points);
        return queries.every((q) => {
          const best = Math.min(...points.map((p) => haversineKm(q, p)));
          const found = index.nearest(q)!;
          return Math.abs(found.distanceKm - best) < 1e-9 && found.item === points[found.index];
        });
      }),
      { numRuns: 200 },
    );
  });

  it('answers a repeated query exactly as the first time (homes share PC4 centroids)', () => {
    fc.assert(
      fc.property(fc.array(nlPoint, { minLength: 1, maxLength: 100 }), fc.array(anyPoint, { minLength: 1, maxLength: 10 }), (points, queries) => {
        const index = createPointIndex(points);
        const first = queries.map((q) => index.nearest(q));
        const again = queries.map((q) => index.nearest({ lat: q.lat, lon: q.lon }));
        const fresh = queries.map((q) => createPointIndex(points).nearest(q));
        expect(again).toEqual(first);
        expect(again).toEqual(fresh);
      }),
      { numRuns: 100 },
    );
  });

  it('handles many points on one spot and a single point', () => {
    const same = Array.from({ length: 50 }, () => ({ lat: 52, lon: 5 }));
    expect(createPointIndex(same).nearest({ lat: 53, lon: 6 })?.distanceKm).toBeCloseTo(haversineKm({ lat: 53, lon: 6 }, { lat: 52, lon: 5 }), 9);
    expect(createPointIndex([{ lat: 51.8, lon: 4.6 }]).nearest({ lat: 51.8, lon: 4.6 })?.distanceKm).toBe(0);
  });

  it('answers hundreds of thousands of queries over thousands of stations', () => {
    // Not a timing assertion: it proves the work is bounded by finishing within the test timeout.
    const stations = Array.from({ length: 3000 }, (_, i) => ({ lat: 50.8 + ((i * 7919) % 2800) / 1000, lon: 3.4 + ((i * 104729) % 3800) / 1000 }));
    const index = createPointIndex(stations);
    let sum = 0;
    for (let i = 0; i < 300_000; i++) sum += index.nearest({ lat: 50.8 + (i % 2797) / 1000, lon: 3.4 + (i % 3797) / 1000 })!.distanceKm;
    expect(sum).toBeGreaterThan(0);
  });
});
