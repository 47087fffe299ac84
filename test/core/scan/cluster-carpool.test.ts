import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { haversineKm } from '../../../src/core/geo/haversine-km.js';
import { clusterCarpool, type CarpoolPoints } from '../../../src/core/scan/cluster-carpool.js';

const rules = { maxHomeDistanceKm: 2, maxStartDifferenceMinutes: 30, maxGroupSize: 4 };
const KM_LAT = 1 / 111.195; // degrees of latitude per km

/** Candidates on one meridian at the given km north of 52N, with start times (NaN = unknown). */
function points(kmNorth: number[], start: number[] = kmNorth.map(() => Number.NaN)): CarpoolPoints {
  return {
    length: kmNorth.length,
    lat: Float64Array.from(kmNorth, (k) => 52 + k * KM_LAT),
    lon: Float64Array.from(kmNorth, () => 5),
    startMinutes: Float32Array.from(start),
  };
}

describe('clusterCarpool', () => {
  it('groups homes within 2 km and leaves a far one alone', () => {
    const { groupOf, groups } = clusterCarpool(points([0, 1.5, 10]), rules);
    expect(groups).toBe(1);
    expect([...groupOf]).toEqual([0, 0, -1]);
  });

  it('requires every member within 2 km of every other, not a chain', () => {
    // 0 - 1.8 - 3.6: the ends are 3.6 km apart, so only a pair forms.
    const { groupOf } = clusterCarpool(points([0, 1.8, 3.6]), rules);
    expect([...groupOf]).toEqual([0, 0, -1]);
  });

  it('keeps start times more than 30 minutes apart out of one group', () => {
    const { groupOf } = clusterCarpool(points([0, 0.2, 0.4], [480, 525, 500]), rules);
    // 08:00 and 08:45 differ 45 min; 08:20 fits both; the seed takes its nearest fit (08:45 is nearer but too late).
    expect([...groupOf]).toEqual([0, -1, 0]);
  });

  it('matches an unknown start time with any start time', () => {
    expect([...clusterCarpool(points([0, 0.1], [480, Number.NaN]), rules).groupOf]).toEqual([0, 0]);
  });

  it('caps a group at the maximum size and starts a new one', () => {
    const { groupOf, groups } = clusterCarpool(points([0, 0, 0, 0, 0, 0]), rules);
    expect(groups).toBe(2);
    expect([...groupOf]).toEqual([0, 0, 0, 0, 1, 1]);
  });

  it('never forms a group that breaks the rules', () => {
    const arb = fc.array(fc.record({ km: fc.double({ min: 0, max: 8, noNaN: true }), east: fc.double({ min: 0, max: 0.1, noNaN: true }), start: fc.option(fc.integer({ min: 360, max: 600 })) }), { maxLength: 60 });
    fc.assert(
      fc.property(arb, (cands) => {
        const p: CarpoolPoints = {
          length: cands.length,
          lat: Float64Array.from(cands, (c) => 52 + c.km * KM_LAT),
          lon: Float64Array.from(cands, (c) => 5 + c.east),
          startMinutes: Float32Array.from(cands, (c) => c.start ?? Number.NaN),
        };
        const { groupOf, groups } = clusterCarpool(p, rules);
        for (let g = 0; g < groups; g++) {
          const m = [...groupOf.keys()].filter((i) => groupOf[i] === g);
          if (m.length < 2 || m.length > 4) return false;
          for (const i of m)
            for (const j of m) {
              if (haversineKm({ lat: p.lat[i]!, lon: p.lon[i]! }, { lat: p.lat[j]!, lon: p.lon[j]! }) > 2.001) return false;
              const a = p.startMinutes[i]!;
              const b = p.startMinutes[j]!;
              if (!Number.isNaN(a) && !Number.isNaN(b) && Math.abs(a - b) > 30) return false;
            }
        }
        return true;
      }),
    );
  });
});
