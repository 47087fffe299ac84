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
  const share = (vf: number): number => ptShareForFactor(vf, s.pt.shareByFactor);

  it('passes through the indicative anchors: 45% at 1.2, 30-35% at 1.5, 15% at 2, 5% at 2.5, 0 from 3', () => {
    expect(share(1.0)).toBe(0.45);
    expect(share(1.2)).toBeCloseTo(0.45, 12);
    expect(share(1.5)).toBeCloseTo(0.325, 12);
    expect(share(2)).toBeCloseTo(0.15, 12);
    expect(share(2.5)).toBeCloseTo(0.05, 12);
    expect(share(3)).toBe(0);
    expect(share(4.7)).toBe(0);
  });

  it('keeps falling after 2: no flat tail at 15%', () => {
    for (let vf = 2; vf < 2.99; vf += 0.05) expect(share(vf + 0.05)).toBeLessThan(share(vf));
    expect(share(2.25)).toBeLessThan(0.15);
    expect(share(2.25)).toBeGreaterThan(0.05);
  });

  it('never rises with the factor and stays within the anchors', () => {
    let previous = share(0.5);
    for (let vf = 0.5; vf <= 3.5; vf += 0.001) {
      const x = share(vf);
      expect(x).toBeLessThanOrEqual(previous + 1e-12);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(0.45);
      previous = x;
    }
  });

  it('is smooth: no kink at the anchors (left and right slopes agree)', () => {
    const h = 1e-6;
    for (const vf of [1.2, 1.5, 2, 2.5, 3]) {
      const left = (share(vf) - share(vf - h)) / h;
      const right = (share(vf + h) - share(vf)) / h;
      expect(Math.abs(left - right)).toBeLessThan(1e-3);
    }
    // and no jump anywhere: neighbouring factors give neighbouring shares
    for (let vf = 1; vf < 3.2; vf += 0.01) expect(Math.abs(share(vf + 0.001) - share(vf))).toBeLessThan(0.001);
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

  it('adds one transfer when the ride is longer than one line typically covers', () => {
    const far = createPointIndex([
      { id: 'A', name: 'A', lat: 52.0, lon: 5.0 },
      { id: 'C', name: 'C', lat: 52.4, lon: 5.0 }, // 44.5 km x 1.15 = 51.2 km in the train: over 30 km
    ]);
    const est = estimatePtMinutes({ lat: 52.0, lon: 5 }, { lat: 52.4, lon: 5 }, far, s);
    const noTransfer = estimatePtMinutes({ lat: 52.0, lon: 5 }, { lat: 52.4, lon: 5 }, far, { ...s, pt: { ...s.pt, directLineMaxKm: 100 } });
    expect(est.ok && noTransfer.ok).toBe(true);
    if (!est.ok || !noTransfer.ok) return;
    expect(est.transfers).toBe(1);
    expect(noTransfer.transfers).toBe(0);
    expect(est.minutes - noTransfer.minutes).toBeCloseTo(s.pt.transferMinutes, 9);
    // the 22 km ride above (25.6 km in the train) is within one line
    const near = estimatePtMinutes({ lat: 51.995, lon: 5 }, { lat: 52.22, lon: 5 }, stations, s);
    expect(near.ok && near.transfers).toBe(0);
  });

  it('takes no train between stations less than 5 km apart', () => {
    const close = createPointIndex([
      { id: 'A', name: 'A', lat: 52.0, lon: 5.0 },
      { id: 'D', name: 'D', lat: 52.03, lon: 5.0 }, // 3.3 km
    ]);
    expect(estimatePtMinutes({ lat: 51.99, lon: 5 }, { lat: 52.04, lon: 5 }, close, s)).toEqual({ ok: false, reason: 'stations-too-close' });
  });

  it('gives no PT trip when both ends share a station, a station is too far, or there are none', () => {
    expect(estimatePtMinutes({ lat: 52.01, lon: 5 }, { lat: 51.99, lon: 5 }, stations, s)).toEqual({ ok: false, reason: 'same-station' });
    expect(estimatePtMinutes({ lat: 51.9, lon: 5 }, { lat: 52.2, lon: 5 }, stations, s)).toEqual({ ok: false, reason: 'station-too-far' });
    expect(estimatePtMinutes({ lat: 52, lon: 5 }, { lat: 52.2, lon: 5 }, createPointIndex([]), s)).toEqual({ ok: false, reason: 'no-stations' });
  });
});
