import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pctUptake } from '../../../src/core/scan/pct-uptake.js';
import { loadDefaultSettings } from '../settings/load-defaults.js';

const { pct } = loadDefaultSettings();

describe('pctUptake', () => {
  it('reproduces the 2017 Go Dutch check value: p = 0.0413 at 15 km and 2% (Lovelace et al. 2017, eq. 1B)', () => {
    expect(pctUptake(15, 2, pct.goDutch2017)).toBeCloseTo(0.0413, 4);
  });

  it.each([
    [5, 0.4, 0.47],
    [7.5, 0.29, 0.38],
    [10, 0.19, 0.28],
    [15, 0.07, 0.14],
  ])('matches the published 2020 values on flat land at %d km (Go Dutch %d, E-bike %d)', (km, goDutch, ebike) => {
    expect(Math.abs(pctUptake(km, pct.gradientPct, pct.goDutch) - goDutch)).toBeLessThan(0.01);
    expect(Math.abs(pctUptake(km, pct.gradientPct, pct.ebike) - ebike)).toBeLessThan(0.01);
  });

  it('centres the 2020 gradient on 0.78: a flat NL route equals g - 0.78 = 0', () => {
    const noGradient = { ...pct.goDutch, gradientCentre: 0 };
    expect(pctUptake(8, 0.78, pct.goDutch)).toBeCloseTo(pctUptake(8, 0, noGradient), 12);
  });

  it('holds the share at its 30 km value beyond the cap (not 0, and not the d^2 upturn)', () => {
    const at30 = pctUptake(30, 0.78, pct.goDutch, pct.minDistanceKm, pct.maxDistanceKm);
    expect(at30).toBeGreaterThan(0.01); // about 0.015 Go Dutch
    for (const km of [30.1, 45, 80, 249]) {
      expect(pctUptake(km, 0.78, pct.goDutch, pct.minDistanceKm, pct.maxDistanceKm)).toBe(at30);
      expect(pctUptake(km, 0.78, pct.ebike, pct.minDistanceKm, pct.maxDistanceKm)).toBe(pctUptake(30, 0.78, pct.ebike, pct.minDistanceKm, pct.maxDistanceKm));
    }
    // without the cap the curve would turn up again
    expect(pctUptake(80, 0.78, pct.ebike)).toBeGreaterThan(pctUptake(30, 0.78, pct.ebike));
  });

  it('treats a distance of 0 (same area) or under 1 km as 1 km: never a lower share than at 1 km', () => {
    const at1 = pctUptake(1, 0.78, pct.goDutch, pct.minDistanceKm, pct.maxDistanceKm);
    for (const km of [0, 0.2, 0.99]) expect(pctUptake(km, 0.78, pct.goDutch, pct.minDistanceKm, pct.maxDistanceKm)).toBe(at1);
    // the raw curve falls towards 0 km: without the floor a distance of 0 would get 0.19 instead of 0.45
    expect(pctUptake(0, 0.78, pct.goDutch)).toBeLessThan(at1 - 0.2);
    expect(pctUptake(1.5, 0.78, pct.goDutch, pct.minDistanceKm, pct.maxDistanceKm)).toBeGreaterThan(at1);
  });

  it('is 0 for impossible distances', () => {
    expect(pctUptake(-1, 0.78, pct.goDutch)).toBe(0);
    expect(pctUptake(Number.NaN, 0.78, pct.goDutch)).toBe(0);
  });

  it('stays within 0..1 for any distance and gradient', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 300, noNaN: true }), fc.double({ min: -5, max: 15, noNaN: true }), (d, g) =>
        [pct.goDutch, pct.ebike, pct.goDutch2017].every((c) => {
          const p = pctUptake(d, g, c, pct.minDistanceKm, pct.maxDistanceKm);
          return p >= 0 && p <= 1;
        }),
      ),
    );
  });

  // The published curves are not monotone over all of 2..30 km: Go Dutch 2020 peaks near 2.2 km
  // and the E-bike curve turns up again after about 28 km (its d^2 term). Decreasing over 3..27 km.
  it('decreases with distance over 3..27 km on flat land', () => {
    fc.assert(
      fc.property(fc.double({ min: 3, max: 27, noNaN: true }), fc.double({ min: 0.01, max: 24, noNaN: true }), (d, step) => {
        const far = Math.min(27, d + step);
        return [pct.goDutch, pct.ebike].every((c) => pctUptake(far, pct.gradientPct, c) <= pctUptake(d, pct.gradientPct, c) + 1e-12);
      }),
    );
  });

  it('gives e-bike at least Go Dutch from 2.5 to 30 km, so the e-bike increment is never negative there', () => {
    for (let d = 2.5; d <= 30; d += 0.5) expect(pctUptake(d, 0.78, pct.ebike)).toBeGreaterThanOrEqual(pctUptake(d, 0.78, pct.goDutch));
  });
});
