import { describe, expect, it } from 'vitest';
import { distanceKm, fitProjection, mapExtent } from '../../../../src/adapters/report/pdf/map-projection.js';
import { sampleModel } from '../../../fixtures/report/sample-model.js';

const box = { x: 50, y: 100, width: 400, height: 300 };
const map = sampleModel.map!;

describe('fitProjection', () => {
  it('keeps every fitted point inside the box', () => {
    const projection = fitProjection(mapExtent(map), box);
    for (const p of mapExtent(map)) {
      const { x, y } = projection.project(p);
      expect(x).toBeGreaterThanOrEqual(box.x - 1e-9);
      expect(x).toBeLessThanOrEqual(box.x + box.width + 1e-9);
      expect(y).toBeGreaterThanOrEqual(box.y - 1e-9);
      expect(y).toBeLessThanOrEqual(box.y + box.height + 1e-9);
    }
  });

  it('uses the same scale in km east-west and north-south, north up', () => {
    const projection = fitProjection(mapExtent(map), box);
    const centre = { lat: 51.8, lon: 4.67 };
    const east = { lat: 51.8, lon: 4.67 + 10 / distanceKm(centre, { lat: 51.8, lon: 5.67 }) };
    const north = { lat: 51.8 + 10 / distanceKm(centre, { lat: 52.8, lon: 4.67 }), lon: 4.67 };
    const c = projection.project(centre);
    const e = projection.project(east);
    const n = projection.project(north);
    expect(e.x - c.x).toBeCloseTo(10 * projection.pointsPerKm, 0);
    expect(c.y - n.y).toBeCloseTo(10 * projection.pointsPerKm, 0);
  });
});

describe('mapExtent', () => {
  it('reaches reachKm around each location in every direction', () => {
    const points = mapExtent(map);
    const northmost = Math.max(...points.map((p) => p.lat));
    const southmost = Math.min(...points.map((p) => p.lat));
    expect(distanceKm({ lat: northmost, lon: 4.7651 }, { lat: 51.8233, lon: 4.7651 })).toBeCloseTo(map.reachKm, 1);
    expect(distanceKm({ lat: southmost, lon: 4.6681 }, { lat: 51.7985, lon: 4.6681 })).toBeCloseTo(map.reachKm, 1);
  });

  it('measures Dordrecht to Rotterdam Centraal at about 18 km', () => {
    expect(distanceKm({ lat: 51.80732, lon: 4.66776 }, { lat: 51.9248, lon: 4.46877 })).toBeCloseTo(18.8, 0);
  });
});

describe('unproject', () => {
  it('turns a page position back into the point that was projected there', () => {
    const projection = fitProjection(mapExtent(map), box);
    const p = { lat: 51.81, lon: 4.7 };
    const { x, y } = projection.project(p);
    const back = projection.unproject(x, y);
    expect(back.lat).toBeCloseTo(p.lat, 9);
    expect(back.lon).toBeCloseTo(p.lon, 9);
  });
});
