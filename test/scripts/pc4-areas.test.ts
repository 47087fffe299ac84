import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs derivation helper without types
import { pc4Areas } from '../../scripts/lib/pc4-areas.mjs';

type Multi = [number, number][][][];

/** Area of a MultiPolygon in square degrees (shoelace; holes count negative). */
function area(multi: Multi): number {
  let sum = 0;
  for (const polygon of multi)
    polygon.forEach((ring, i) => {
      let a = 0;
      for (let k = 0; k + 1 < ring.length; k++) a += ring[k]![0] * ring[k + 1]![1] - ring[k + 1]![0] * ring[k]![1];
      sum += (i === 0 ? 1 : -1) * Math.abs(a / 2);
    });
  return sum;
}

function inside(multi: Multi, lon: number, lat: number): boolean {
  let hit = false;
  for (const polygon of multi)
    for (const ring of polygon)
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i]!;
        const [xj, yj] = ring[j]!;
        if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) hit = !hit;
      }
  return hit;
}

// A square of "land" 0.2 degrees on a side with the sea west of lon 5.0.
const land: Multi = [[[[5.0, 52.0], [5.2, 52.0], [5.2, 52.2], [5.0, 52.2], [5.0, 52.0]]]];
const box = { west: 4.5, south: 51.5, east: 5.7, north: 52.7 };

describe('PC4 areas from PC4 points (basemap derivation)', () => {
  it('gives each point the land nearest to it: the cells tile the land and each holds its own point', () => {
    const points = [{ lat: 52.05, lon: 5.05 }, { lat: 52.05, lon: 5.15 }, { lat: 52.15, lon: 5.1 }];
    const cells = pc4Areas(points, land, box, 50) as Multi[];
    const total = cells.reduce((sum, c) => sum + area(c), 0);
    expect(total).toBeCloseTo(area(land), 6);
    cells.forEach((cell, i) => expect(inside(cell, points[i]!.lon, points[i]!.lat)).toBe(true));
    // The bisector of the two southern points is lon 5.10: the west cell ends there.
    expect(Math.max(...cells[0]!.flat(2).map(([lon]) => lon))).toBeCloseTo(5.1, 6);
  });

  it('keeps cells on land and within reach of their point', () => {
    const points = [{ lat: 52.1, lon: 5.01 }, { lat: 52.1, lon: 5.19 }];
    const cells = pc4Areas(points, land, box, 2) as Multi[];
    for (const [lon, lat] of cells.flat(3)) {
      expect(lon).toBeGreaterThanOrEqual(5.0 - 1e-9);
      expect(lon).toBeLessThanOrEqual(5.2 + 1e-9);
      expect(lat).toBeGreaterThanOrEqual(52.0 - 1e-9);
    }
    // A 2 km disc is about 12.6 km2; clipped at the coast the western cell keeps at most that.
    const km2 = (c: Multi) => area(c) * 111.2 * 111.2 * Math.cos((52.1 * Math.PI) / 180);
    expect(km2(cells[0]!)).toBeLessThan(12.6);
    expect(km2(cells[0]!)).toBeGreaterThan(6);
  });

  it('gives an empty area to a point whose cell lies at sea', () => {
    const cells = pc4Areas([{ lat: 52.1, lon: 4.6 }, { lat: 52.1, lon: 5.1 }], land, box, 5) as Multi[];
    expect(cells[0]).toEqual([]);
    expect(cells[1]!.length).toBe(1);
  });
});
