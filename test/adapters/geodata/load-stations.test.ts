import { describe, expect, it } from 'vitest';
import { loadPlaces } from '../../../src/adapters/geodata/load-places.js';
import { loadStations } from '../../../src/adapters/geodata/load-stations.js';
import { haversineKm } from '../../../src/core/geo/haversine-km.js';

describe('the built-in station table', () => {
  it('holds the roughly 400 Dutch rail stations, each with a Dutch EVA number inside the Netherlands', async () => {
    const stations = await loadStations();
    expect(stations.length).toBeGreaterThanOrEqual(385);
    expect(stations.length).toBeLessThanOrEqual(410);
    for (const s of stations) {
      expect(s.id).toMatch(/^84\d{5}$/);
      expect(s.lat).toBeGreaterThan(50.7);
      expect(s.lat).toBeLessThan(53.5);
      expect(s.lon).toBeGreaterThan(3.3);
      expect(s.lon).toBeLessThan(7.3);
    }
    expect(new Set(stations.map((s) => s.id)).size).toBe(stations.length);
  });

  it.each([
    ['Dordrecht', 51.8076, 4.6682],
    ['Utrecht Centraal', 52.0894, 5.1101],
    ['Rotterdam Centraal', 51.925, 4.469],
    ['Amsterdam Centraal', 52.3789, 4.9004],
    ['Maastricht', 50.8498, 5.7058],
  ])('places %s within 300 m of the station building', async (name, lat, lon) => {
    const station = (await loadStations()).find((s) => s.name === name);
    expect(station).toBeDefined();
    expect(haversineKm(station!, { lat, lon })).toBeLessThan(0.3);
  });
});

describe('the built-in place table', () => {
  it('holds Dutch, Belgian and German places', async () => {
    const places = await loadPlaces();
    const count = (c: string) => places.filter((p) => p.country === c).length;
    expect(count('NL')).toBeGreaterThan(1300);
    expect(count('BE')).toBeGreaterThan(300);
    expect(count('DE')).toBeGreaterThan(300);
  });
});
