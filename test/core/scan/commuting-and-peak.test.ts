import { describe, expect, it } from 'vitest';
import { commutingDaysPerYear } from '../../../src/core/scan/commuting-days-per-year.js';
import { peakTripShares } from '../../../src/core/scan/peak-trip-shares.js';
import { loadDefaultSettings } from '../settings/load-defaults.js';

const s = loadDefaultSettings();

describe('commutingDaysPerYear', () => {
  it('counts 214 days for five days a week (Dutch tax rule) and scales by days at the workplace', () => {
    expect(commutingDaysPerYear({}, s.commuting)).toBe(214);
    expect(commutingDaysPerYear({ workdaysPerWeek: 4 }, s.commuting)).toBeCloseTo(171.2, 9);
    expect(commutingDaysPerYear({ workdaysPerWeek: 5, homeworkDaysPerWeek: 2 }, s.commuting)).toBeCloseTo(128.4, 9);
  });

  it('derives workdays from FTE x 5, rounded, when not given', () => {
    expect(commutingDaysPerYear({ fte: 0.5 }, s.commuting)).toBeCloseTo(128.4, 9); // round(2.5) = 3
    expect(commutingDaysPerYear({ fte: 0.8, workdaysPerWeek: 5 }, s.commuting)).toBe(214);
  });

  it('never goes below zero', () => {
    expect(commutingDaysPerYear({ workdaysPerWeek: 2, homeworkDaysPerWeek: 3 }, s.commuting)).toBe(0);
  });
});

describe('peakTripShares', () => {
  it('puts an 08:30 start with 20 minutes of driving in the morning peak and 17:00 home in the evening peak', () => {
    expect(peakTripShares({ startMinutes: 8 * 60 + 30 }, 20, s.peak)).toEqual({ morning: 1, evening: 1, basis: 'startTime' });
  });

  it('keeps an early shift out of both peaks', () => {
    // Start 07:00 after 06:30-07:00 on the road; home at 15:30.
    expect(peakTripShares({ shift: 'Vroege dienst ' }, 30, s.peak)).toEqual({ morning: 0, evening: 0, basis: 'shift' });
  });

  it('counts the trip home of a night shift in the morning peak', () => {
    // Start 23:00, off at 07:30 the next morning.
    expect(peakTripShares({ shift: 'nacht' }, 20, s.peak)).toEqual({ morning: 1, evening: 0, basis: 'shift' });
  });

  it('lets a 09:15 start still touch the morning peak with 30 minutes of driving', () => {
    expect(peakTripShares({ startMinutes: 9 * 60 + 15 }, 30, s.peak).morning).toBe(1);
    expect(peakTripShares({ startMinutes: 9 * 60 + 15 }, 10, s.peak).morning).toBe(0);
  });

  it('falls back to the stated assumption without start time or a known shift', () => {
    expect(peakTripShares({ shift: 'X7' }, 20, s.peak)).toEqual({ morning: 0.5, evening: 0.5, basis: 'assumption' });
  });
});
