import { describe, expect, it } from 'vitest';
import { createPointIndex } from '../../../src/core/geo/point-index.js';
import { estimateCarMinutes } from '../../../src/core/scan/estimate-car-minutes.js';
import { estimatePtMinutes } from '../../../src/core/scan/estimate-pt-minutes.js';
import { ptShareForFactor } from '../../../src/core/scan/pt-share-for-factor.js';
import { loadDefaultSettings } from '../settings/load-defaults.js';

const s = loadDefaultSettings();

describe('estimateCarMinutes', () => {
  it('drives each stretch at its own peak speed and adds parking', () => {
    expect(estimateCarMinutes(6, s.car)).toBeCloseTo(5 + (6 / 35) * 60, 9); // 15.29
    // 10 km at 35 + 10 km at 60 + 5 = 17.14 + 10 + 5
    expect(estimateCarMinutes(20, s.car)).toBeCloseTo(5 + (10 / 35) * 60 + (10 / 60) * 60, 9);
    // 10 at 35, 20 at 60, 20 at 80: 17.14 + 20 + 15 + 5
    expect(estimateCarMinutes(50, s.car)).toBeCloseTo(5 + 17.142857 + 20 + 15, 5);
  });

  it('grows with distance without jumps at the breakpoints', () => {
    expect(estimateCarMinutes(10.001, s.car) - estimateCarMinutes(9.999, s.car)).toBeLessThan(0.01);
  });
});

describe('ptShareForFactor', () => {
  it('follows the indicative points and interpolates between them', () => {
    expect(ptShareForFactor(1.0, s.pt.shareByFactor)).toBe(0.45);
    expect(ptShareForFactor(1.2, s.pt.shareByFactor)).toBe(0.45);
    expect(ptShareForFactor(1.35, s.pt.shareByFactor)).toBeCloseTo(0.3875, 9);
    expect(ptShareForFactor(1.5, s.pt.shareByFactor)).toBe(0.325);
    expect(ptShareForFactor(1.75, s.pt.shareByFactor)).toBeCloseTo(0.2375, 9);
    expect(ptShareForFactor(4, s.pt.shareByFactor)).toBe(0.15);
  });
});

describe('estimatePtMinutes', () => {
  // Two stations on one meridian, 0.2 degrees (22.24 km) apart.
  const stations = createPointIndex([
    { id: 'A', name: 'A', lat: 52.0, lon: 5.0 },
    { id: 'B', name: 'B', lat: 52.2, lon: 5.0 },
  ]);
  const kmPerDeg = 111.195;

  it('adds access, wait, ride and egress', () => {
    // Home 0.005 deg (556 m) south of A: x 1.25 = 0.695 km on foot = 8.69 min.
    // Work 0.02 deg (2.224 km) north of B: x 1.25 = 2.78 km by bike = 11.12 + 3 min.
    // Ride 22.24 x 1.15 = 25.57 km at 70 km/h = 21.92 min; wait 7.5.
    const est = estimatePtMinutes({ lat: 51.995, lon: 5 }, { lat: 52.22, lon: 5 }, stations, s);
    expect(est.ok).toBe(true);
    if (!est.ok) return;
    const walk = ((0.005 * kmPerDeg * 1.25) / 4.8) * 60;
    const bike = ((0.02 * kmPerDeg * 1.25) / 15) * 60 + 3;
    const ride = ((0.2 * kmPerDeg * 1.15) / 70) * 60;
    expect(est.minutes).toBeCloseTo(walk + 7.5 + ride + bike, 1);
    expect([est.homeStationId, est.workStationId]).toEqual(['A', 'B']);
  });

  it('gives no PT trip when both ends share a station, a station is too far, or there are none', () => {
    expect(estimatePtMinutes({ lat: 52.01, lon: 5 }, { lat: 51.99, lon: 5 }, stations, s)).toEqual({ ok: false, reason: 'same-station' });
    expect(estimatePtMinutes({ lat: 51.9, lon: 5 }, { lat: 52.2, lon: 5 }, stations, s)).toEqual({ ok: false, reason: 'station-too-far' });
    expect(estimatePtMinutes({ lat: 52, lon: 5 }, { lat: 52.2, lon: 5 }, createPointIndex([]), s)).toEqual({ ok: false, reason: 'no-stations' });
  });
});
