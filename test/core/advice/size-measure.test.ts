import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DirectMeasure } from '../../../src/core/advice/catalogue-schema.js';
import { sizeMeasure } from '../../../src/core/advice/size-measure.js';
import { arbitraryAdviceInput, hospital, loadCatalogue } from './fixtures.js';

const catalogue = loadCatalogue();
const direct = catalogue.measures.filter((m): m is DirectMeasure => m.kind === 'direct');
const measure = (id: string): DirectMeasure => {
  const m = direct.find((x) => x.id === id);
  if (!m) throw new Error(`no measure ${id}`);
  return m;
};
const ownFleet = { ...hospital, carGramsPerKm: 175 };

describe('sizeMeasure', () => {
  it('sizes the e-bike pool from the e-bike scenario switchers of the 7.5-15 km car commuters', () => {
    const s = sizeMeasure(measure('ebike-trial-pool'), ownFleet);
    expect(s.group).toEqual({ label: 'car commuters 7.5-15 km', count: 412, known: true });
    expect(s.participants).toBe(105);
    expect(s.reasons).toEqual(expect.arrayContaining(['uptake-model', 'moves-trips', 'peak-avoidances-per-participant']));
    expect(s.evidence).toBe('indicative');
  });

  it('falls back to the catalogue uptake share, and flags it thin, when the scan has no scenario figure', () => {
    const noPct = { ...hospital, carBands: hospital.carBands.map(({ expectedEbikeSwitchers: _, ...b }) => b) };
    const s = sizeMeasure(measure('ebike-trial-pool'), noPct);
    expect(s.participants).toBeCloseTo(412 * 0.05, 9);
    expect(s.reasons).toContain('uptake-model-missing');
    expect(s.evidence).toBe('thin');
    expect(s.thinParts).toEqual(['uptake']);
  });

  it('applies the peak share once: avoidances per participant per day are used as they are', () => {
    // 0.4 avoidances per participant per day (bike reward projects) are already peak trips avoided
    const s = sizeMeasure(measure('ebike-trial-pool'), ownFleet);
    expect(s.avoidancesPerDay).toBeCloseTo(105 * 0.4, 9);
    expect(s.reasons).not.toContain('peak-share-company-average');
    // the same figure whatever the company's peak share: it is not multiplied by it again
    expect(sizeMeasure(measure('ebike-trial-pool'), { ...ownFleet, peakCarTripsPerWorkingDay: 400 }).avoidancesPerDay).toBeCloseTo(105 * 0.4, 9);
    // CO2: the avoided trips a working day over the year, at the own car factor minus the e-bike's
    expect(s.co2TonnesPerYear).toBeCloseTo((105 * 0.4 * 255 * 11 * (175 - 3.3)) / 1e6, 9);
  });

  it("turns car trips moved per commuting day into avoidances with the scan's own peak trips per car commuter", () => {
    const s = sizeMeasure(measure('parking-policy'), ownFleet);
    const participants = 1900 * 0.05;
    expect(s.avoidancesPerDay).toBeCloseTo(participants * (0.4 / 2) * (1520 / 1900), 9);
    expect(s.reasons).toContain('peak-share-company-average');
  });

  it("sizes a rate per peak car trip on the scan's own peak trips per working day, not 2 per driver", () => {
    const s = sizeMeasure(measure('declaration-of-intent'), ownFleet);
    expect(s.group.count).toBe(950); // the people: drivers in the larger peak window
    expect(s.avoidancesPerDay).toBeCloseTo(0.015 * 1520, 9);
    expect(s.avoidancesPerDay).toBeLessThan(950 * 2 * 0.015); // the old assumption overstated it
    expect(s.reasons).toContain('rate-per-peak-trip');
    expect(sizeMeasure(measure('declaration-of-intent'), { ...ownFleet, peakCarTripsPerWorkingDay: 760 }).avoidancesPerDay).toBeCloseTo(0.015 * 760, 9);
  });

  it("prices car km at the company's own fuel mix, and at 190 g/km only when the scan gave none", () => {
    const own = sizeMeasure(measure('bike-plan'), ownFleet);
    expect(own.carGramsPerKm).toBe(175);
    expect(sizeMeasure(measure('bike-plan'), { ...hospital, carGramsPerKm: 87.5 }).co2TonnesPerYear).toBeCloseTo(own.co2TonnesPerYear / 2, 9);
    expect(own.reasons).not.toContain('car-factor-default');
    const fallback = sizeMeasure(measure('bike-plan'), hospital);
    expect(fallback).toMatchObject({ carGramsPerKm: 190 });
    expect(fallback.reasons).toContain('car-factor-default');
  });

  it('shows a one-off trial month for its duration, never as a permanent daily effect', () => {
    const s = sizeMeasure(measure('pt-trial-card'), ownFleet);
    const during = 260 * 0.2 * 0.39; // 20% of the 260 with good PT, 0.39 avoidances each a day
    expect(s.oneOff).toMatchObject({ workingDays: 21, retainedShare: null });
    expect(s.oneOff?.avoidancesPerDayDuring).toBeCloseTo(during, 9);
    expect(s.oneOff?.avoidancesDuring).toBeCloseTo(during * 21, 9);
    expect(s.oneOff?.co2TonnesDuring).toBeGreaterThan(0);
    // no public retention figure: nothing lasting is counted
    expect(s.avoidancesPerDay).toBe(0);
    expect(s.co2TonnesPerYear).toBe(0);
    expect(s.reasons).toContain('one-off');
  });

  it('gives zero-emission lease cars CO2 but no avoided peak trips', () => {
    const s = sizeMeasure(measure('zero-emission-lease'), ownFleet);
    expect(s.group.count).toBe(25); // benzine 20 + onbekend 5; the 15 electric ones are out
    expect(s.avoidancesPerDay).toBe(0);
    expect(s.co2TonnesPerYear).toBeCloseTo((25 * 0.25 * 2 * 30 * 180 * (175 - 85)) / 1e6, 9);
  });

  it('shares of the goal gap are capped at the whole gap, and null when the gap is unknown or closed', () => {
    const bike = measure('bike-plan');
    expect(sizeMeasure(bike, { ...hospital, goalGap: { peakAvoidancesPerDay: 1 } }).shareOfPeakGap).toBe(1);
    expect(sizeMeasure(bike, { ...hospital, goalGap: { peakAvoidancesPerDay: 0 } }).shareOfPeakGap).toBeNull();
    const { goalGap: _, ...noGoal } = hospital;
    expect(sizeMeasure(bike, noGoal)).toMatchObject({ shareOfPeakGap: null, shareOfCo2Gap: null });
  });

  it('says which parts rest on thin evidence, and trusts measured spitsmijden figures', () => {
    expect(sizeMeasure(measure('parking-policy'), hospital)).toMatchObject({ evidence: 'thin', thinParts: ['uptake', 'effect'] });
    expect(sizeMeasure(measure('flexible-hours-homework'), hospital)).toMatchObject({ evidence: 'measured', thinParts: [] });
  });

  it('is never negative and never has more participants than the group, for any company', () => {
    fc.assert(
      fc.property(arbitraryAdviceInput, (input) =>
        direct.every((m) => {
          const s = sizeMeasure(m, input);
          const values = [s.participants, s.avoidancesPerDay, s.co2TonnesPerYear, s.shareOfPeakGap ?? 0, s.shareOfCo2Gap ?? 0];
          return values.every((v) => Number.isFinite(v) && v >= 0) && s.participants <= s.group.count && (s.shareOfPeakGap ?? 0) <= 1;
        }),
      ),
    );
  });
});
