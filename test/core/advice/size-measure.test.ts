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
const peakTripShare = (1800 / 2) / 1900; // hospital: 950 + 850 peak trips of 2 x 1,900 car trips

describe('sizeMeasure', () => {
  it('sizes the e-bike pool from the PCT e-bike switchers of the 7.5-15 km car commuters', () => {
    const s = sizeMeasure(measure('ebike-trial-pool'), hospital);
    expect(s.group).toEqual({ label: 'car commuters 7.5-15 km', count: 412, known: true });
    expect(s.participants).toBe(105);
    expect(s.avoidancesPerDay).toBeCloseTo(105 * 0.4 * peakTripShare, 9);
    // 2 x 11 km x 180 days x 0.2 of the km moved x (190 - 3.3 e-bike) g/km
    expect(s.co2TonnesPerYear).toBeCloseTo((105 * 2 * 11 * 180 * 0.2 * (190 - 3.3)) / 1e6, 9);
    expect(s.reasons).toEqual(expect.arrayContaining(['uptake-model', 'moves-trips', 'peak-share-company-average']));
    expect(s.evidence).toBe('indicative');
  });

  it('falls back to the catalogue uptake share, and flags it thin, when the scan has no PCT figure', () => {
    const noPct = { ...hospital, carBands: hospital.carBands.map(({ expectedEbikeSwitchers: _, ...b }) => b) };
    const s = sizeMeasure(measure('ebike-trial-pool'), noPct);
    expect(s.participants).toBeCloseTo(412 * 0.05, 9);
    expect(s.reasons).toContain('uptake-model-missing');
    expect(s.evidence).toBe('thin');
    expect(s.thinParts).toEqual(['uptake']);
  });

  it('prices avoided car km at the input car factor, 190 g/km WTW when none is given', () => {
    const standard = sizeMeasure(measure('bike-plan'), hospital).co2TonnesPerYear;
    expect(sizeMeasure(measure('bike-plan'), { ...hospital, carGramsPerKm: 95 }).co2TonnesPerYear).toBeCloseTo(standard / 2, 9);
    expect(sizeMeasure(measure('bike-plan'), { ...hospital, carGramsPerKm: 190 }).co2TonnesPerYear).toBe(standard);
  });

  it('counts every moved trip of the peak drivers as an avoidance (declaration: 1.5% of 2 trips)', () => {
    const s = sizeMeasure(measure('declaration-of-intent'), hospital);
    expect(s.group.count).toBe(950);
    expect(s.avoidancesPerDay).toBeCloseTo(950 * 0.03, 9);
  });

  it('gives zero-emission lease cars CO2 but no avoided peak trips', () => {
    const s = sizeMeasure(measure('zero-emission-lease'), hospital);
    expect(s.group.count).toBe(25); // benzine 20 + onbekend 5; the 15 electric ones are out
    expect(s.avoidancesPerDay).toBe(0);
    expect(s.co2TonnesPerYear).toBeCloseTo((25 * 0.25 * 2 * 30 * 180 * (190 - 85)) / 1e6, 9);
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
