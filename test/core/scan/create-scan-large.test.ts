import { describe, expect, it } from 'vitest';
import { KM_PER_DEGREE_LAT } from '../../../src/core/geo/lat-lon.js';
import { MODES, type Employee } from '../../../src/core/ingest/types.js';
import { createScan } from '../../../src/core/scan/create-scan.js';
import type { Geocoder, ScanContext } from '../../../src/core/scan/scan-context.js';
import { loadDefaultSettings } from '../settings/load-defaults.js';

/** A deterministic pseudo-random generator (mulberry32), so the synthetic data is the same every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// 4,000 PC4 centroids spread over roughly the Netherlands, as a geodata import would give.
const rnd = random(42);
const centroids = Array.from({ length: 4000 }, () => ({ lat: 51.3 + rnd() * 1.9, lon: 3.6 + rnd() * 3.2 }));
const geocoder: Geocoder = {
  pc4: (pc4) => centroids[Number(pc4) - 1000],
  place: () => undefined,
};
const context: ScanContext = {
  locations: [
    { name: 'Rotterdam', lat: 51.92, lon: 4.48 },
    { name: 'Utrecht', lat: 52.09, lon: 5.12 },
    { name: 'Zwolle', lat: 52.5, lon: 6.09 },
  ],
  geocoder,
  stations: Array.from({ length: 400 }, () => ({ id: `8400${Math.floor(rnd() * 1e6)}`, name: 's', lat: 51.3 + rnd() * 1.9, lon: 3.6 + rnd() * 3.2 })),
};

describe('createScan at scale', () => {
  it('takes 200,000 synthetic employees and every count adds up', () => {
    const n = 200_000;
    const scan = createScan(loadDefaultSettings(), context, { year: 2025 });
    const r = random(7);
    for (let i = 0; i < n; i++) {
      // Most employees live near their work: pick a centroid, or for a quarter only an HR distance.
      const loc = context.locations[i % 3]!;
      const near = Math.floor(r() * 4000);
      const e: Employee = {
        row: i + 2,
        country: 'NL',
        workLocation: i % 97 === 0 ? 'Elders' : loc.name,
        mode: r() < 0.5 ? 'auto' : MODES[Math.floor(r() * MODES.length)]!,
        ...(r() < 0.25 ? { distanceKm: r() * 60 } : { pc4: String(1000 + near) }),
        ...(r() < 0.3 ? { startMinutes: 360 + Math.floor(r() * 240) } : {}),
      };
      scan.add(e);
    }
    const result = scan.finish({ rowsRead: n, rowsRejected: 0 });
    const { overall } = result;
    expect(overall.employees).toBe(n);
    expect(Object.values(overall.precision).reduce((a, b) => a + b, 0)).toBe(n);
    expect(overall.byBandMode.reduce((a, c) => a + (c.employees ?? 0), 0)).toBe(n);
    const located = result.locations.reduce((a, l) => a + l.employees, 0);
    expect(located + result.dataQuality.unmatchedLocationEmployees).toBe(n);
    // overall also holds the employees of unmatched locations
    expect(overall.carCommuters).toBeGreaterThan(result.locations.reduce((a, l) => a + l.carCommuters, 0));
    expect(overall.inReach.carpool.carCommuters).toBe(result.locations.reduce((a, l) => a + (l.inReach.carpool.carCommuters ?? 0), 0));
    expect(overall.inReach.carpool.carCommuters).toBeGreaterThan(1000);
    // the scenario is summed over location x band groups: the locations' groups plus the unmatched ones
    const groupsOfLocations = result.locations.reduce((a, l) => a + l.scenario.groups, 0);
    expect(overall.scenario.groups).toBeGreaterThan(groupsOfLocations);
    expect(overall.scenario.goDutch.extraCyclists).toBeGreaterThanOrEqual(result.locations.reduce((a, l) => a + l.scenario.goDutch.extraCyclists, 0) - 0.05);
    expect(overall.scenario.carDrivers).toBeLessThan(overall.carCommuters);
    expect(overall.co2KgPerYear.after).toBeLessThan(overall.co2KgPerYear.now);
    expect(overall.peak.avoidedCarTripsPerDay.total).toBeLessThan(overall.peak.carTripsPerDay.total);
    expect(JSON.stringify(result).length).toBeLessThan(5_000_000);
  });
});
