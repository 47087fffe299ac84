import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBasemap } from '../../src/adapters/report/pdf/basemap.js';

const root = join(import.meta.dirname, '../..');
const file = JSON.parse(readFileSync(join(root, 'data/basemap/nl-basemap.json'), 'utf8')) as { sources: string[]; scale: number; pc4: Record<string, unknown> };

function inside(rings: { lat: number; lon: number }[][], p: { lat: number; lon: number }): boolean {
  let hit = false;
  for (const ring of rings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i]!;
      const b = ring[j]!;
      if (a.lat > p.lat !== b.lat > p.lat && p.lon < ((b.lon - a.lon) * (p.lat - a.lat)) / (b.lat - a.lat) + a.lon) hit = !hit;
    }
  return hit;
}

describe('the built-in basemap (data/basemap/nl-basemap.json)', () => {
  const basemap = loadBasemap();

  it('has land of the Netherlands and its neighbours, borders, and an area for every cleaned PC4', () => {
    expect(Object.keys(basemap.land).sort()).toEqual(['BE', 'DE', 'NL']);
    expect(basemap.borders.length).toBeGreaterThan(0);
    const codes = Object.keys(file.pc4);
    expect(codes.length).toBeGreaterThan(4000);
    expect(codes.every((c) => /^[1-9]\d{3}$/.test(c))).toBe(true);
    // The importer's cleaning: PC4 9999 (four places far apart) and 6431 (placed in Belgium) are not kept as raw.
    const hoensbroek = basemap.pc4('6431');
    if (hoensbroek) expect(hoensbroek.point.lat).toBeGreaterThan(50.85);
  });

  it('puts the spot-check PC4s where the cleaned table has them, inside their own area', () => {
    for (const [pc4, lat, lon] of [['3311', 51.8131, 4.6685], ['1011', 52.371, 4.9042], ['6211', 50.8503, 5.6882]] as const) {
      const area = basemap.pc4(pc4)!;
      expect(Math.abs(area.point.lat - lat)).toBeLessThan(0.001);
      expect(Math.abs(area.point.lon - lon)).toBeLessThan(0.001);
      expect(inside(area.rings, area.point)).toBe(true);
    }
    const dordrecht = basemap.pc4Within(51.78, 4.64, 51.83, 4.70);
    expect(dordrecht).toContain('3311');
    expect(dordrecht).not.toContain('1011');
  });

  it('names its sources, and data/ATTRIBUTION.md credits them with their licences', () => {
    expect(file.sources.join(' ')).toMatch(/Natural Earth/);
    expect(file.sources.join(' ')).toMatch(/GeoNames.*CC BY 4\.0/);
    const attribution = readFileSync(join(root, 'data/ATTRIBUTION.md'), 'utf8');
    const section = attribution.slice(attribution.indexOf('data/basemap/nl-basemap.json'));
    expect(section).toMatch(/Natural Earth/);
    expect(section).toMatch(/public domain/i);
    expect(section).toMatch(/GeoNames.*CC BY 4\.0/s);
    expect(section).toMatch(/scripts\/derive-basemap\.mjs/);
  });
});
