import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mapCoverage, totalRevealsSmallRows } from '../../../src/core/report/map-coverage.js';
import { mapReachKm, sizeSteps } from '../../../src/core/report/scan-map.js';
import type { Pc4Cell, ScanAggregate } from '../../../src/core/scan/scan-result.js';

const cell = (pc4: string, employees: number | null, at: boolean = true): Pc4Cell => ({
  pc4, lat: at ? 51.8 : null, lon: at ? 4.66 : null, employees, carCommuters: employees === null ? null : 0, carShare: employees === null ? null : 0, scenario: null, ...(employees === null && { suppressed: true as const }),
});
const aggregate = (employees: number, pc4: Pc4Cell[], withoutPc4?: ScanAggregate['withoutPc4']) => ({ employees, pc4, withoutPc4 }) as ScanAggregate;

describe('the circle-size legend', () => {
  it('never shows a size below the suppression threshold', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 3, max: 20 }), (max, threshold) => {
        const steps = sizeSteps(max, threshold);
        expect(steps.every((s) => s >= threshold && s <= Math.max(max, 0))).toBe(true);
        expect(new Set(steps).size).toBe(steps.length);
        // The largest legend circle is more than half the largest count on the map, so a reader can gauge the biggest circles.
        if (max >= threshold) expect(steps[0]!).toBeGreaterThan(max / 2);
      }),
    );
    expect(sizeSteps(60, 5)).toEqual([60, 10]);
    expect(sizeSteps(45, 5)).toEqual([40, 10]);
    expect(sizeSteps(4, 5)).toEqual([]);
  });
});

describe('how far the map reaches', () => {
  it('covers the e-bike ring and the homes of 90% of the employees it can show, up to 40 km', () => {
    expect(mapReachKm([{ employees: 100, km: 3 }])).toBe(20);
    expect(mapReachKm([{ employees: 50, km: 3 }, { employees: 50, km: 23 }])).toBe(25);
    expect(mapReachKm([{ employees: 10, km: 3 }, { employees: 90, km: 38 }, { employees: 500, km: 120 }])).toBe(40);
  });
});

describe('who is not on the map', () => {
  it('splits the rest by reason and adds up to every employee', () => {
    const overall = aggregate(100, [cell('3311', 40), cell('3312', 20), cell('3313', null), cell('3314', null), cell('4811', 15), cell('9999', 6, false)], { abroad: 5, placeName: 3, distanceOnly: 2, none: 0 });
    const c = mapCoverage(overall, new Set(['3311', '3312']), 5);
    expect(c.shown).toBe(60);
    // In rows: 100 - 10 = 90; visible in rows 81; so 9 in the two hidden rows.
    expect(c.notShown).toEqual([
      { reason: 'farAway', employees: 15 },
      { reason: 'smallAreas', employees: 9 },
      { reason: 'noPosition', employees: 6 },
      { reason: 'abroad', employees: 5 },
      { reason: 'other', employees: 5 }, // 3 by place name and 2 by distance: too few to name
    ]);
    expect(c.shown + c.notShown.reduce((s, r) => s + r.employees, 0)).toBe(100);
  });

  it('does not give away the count of a single hidden area', () => {
    expect(totalRevealsSmallRows(3, 1, 5)).toBe(true);
    expect(totalRevealsSmallRows(4, 4, 5)).toBe(true); // four areas of one each
    expect(totalRevealsSmallRows(16, 4, 5)).toBe(true); // four areas of four each
    expect(totalRevealsSmallRows(9, 4, 5)).toBe(false);
    const c = mapCoverage(aggregate(43, [cell('3311', 40), cell('3313', null)], { abroad: 0, placeName: 0, distanceOnly: 0, none: 0 }), new Set(['3311']), 5);
    expect(c.notShown).toEqual([{ reason: 'other', employees: 3 }]);
  });

  it('counts everything not shown as "other" for a scan made before the reasons were counted', () => {
    const c = mapCoverage(aggregate(80, [cell('3311', 40), cell('3313', null)]), new Set(['3311']), 5);
    expect(c.notShown).toEqual([{ reason: 'other', employees: 40 }]);
  });
});
