import { describe, expect, it } from 'vitest';
import { createScan } from '../../../src/core/scan/create-scan.js';
import type { Employee } from '../../../src/core/ingest/types.js';
import { loadDefaultSettings } from '../settings/load-defaults.js';
import { context, north } from './scan-fixture.js';

describe('the map position of a PC4 area', () => {
  it('is the geodata centroid when known, else the mean of its homes placed by place name', () => {
    const scan = createScan(loadDefaultSettings(), context, { year: 2025 });
    const base = { country: 'NL', mode: 'auto' } as const;
    // 3000 is in the stub geodata; 7777 is not, but its homes are placed by the place name (north(3))
    const people: Employee[] = [
      ...Array.from({ length: 6 }, (_, i): Employee => ({ ...base, row: i + 1, workLocation: 'Ziekenhuis', pc4: '3000' })),
      ...Array.from({ length: 6 }, (_, i): Employee => ({ ...base, row: i + 10, workLocation: 'Ziekenhuis', pc4: '7777', homePlace: 'Dordrecht' })),
      { ...base, row: 20, workLocation: 'Ziekenhuis', pc4: '8888', distanceKm: 4 },
    ];
    for (const e of people) scan.add(e);
    const cells = Object.fromEntries(scan.finish({ rowsRead: 13, rowsRejected: 0 }).overall.pc4.map((c) => [c.pc4, c]));
    expect(cells['3000']).toMatchObject({ lat: north(40).lat, lon: north(40).lon });
    expect(cells['7777']!.lat).toBeCloseTo(north(3).lat, 4);
    expect(cells['7777']!.lon).toBeCloseTo(north(3).lon, 4);
    expect(cells['8888']).toMatchObject({ lat: null, lon: null }); // no coordinates at all: no position
  });
});
