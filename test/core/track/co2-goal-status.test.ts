import fc from 'fast-check';
import { renderText } from '../../../src/core/i18n/index.js';
import type { InputError } from '../../../src/core/errors.js';
import { describe, expect, it } from 'vitest';
import { co2GoalStatus } from '../../../src/core/track/co2-goal-status.js';
import { co2Trajectory } from '../../../src/core/track/co2-trajectory.js';

/** "-50% in 2030 against 2016" for a baseline of 1,000 tonnes. */
const trajectory = co2Trajectory({ baselineYear: 2016, baselineCo2Kg: 1_000_000, targetYear: 2030, targetPct: 50 });

/** Measured years on a straight line from the baseline to `changeBy2030` (-0.32 = 32% less). */
const onLine = (changeBy2030: number, years: number[]) =>
  years.map((year) => ({ year, co2Kg: 1_000_000 * (1 + (changeBy2030 * (year - 2016)) / 14) }));

describe('co2Trajectory', () => {
  it('draws a straight line from the baseline year to the target', () => {
    expect(trajectory).toHaveLength(15);
    expect(trajectory[0]).toEqual({ year: 2016, co2Kg: 1_000_000 });
    expect(trajectory.find((t) => t.year === 2023)?.co2Kg).toBeCloseTo(750_000, 6);
    expect(trajectory.at(-1)).toEqual({ year: 2030, co2Kg: 500_000 });
  });

  it('only ever goes down, from the baseline to the target', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 30 }), fc.double({ min: 0, max: 100, noNaN: true }), (from, span, pct) => {
        const line = co2Trajectory({ baselineYear: from, baselineCo2Kg: 1000, targetYear: from + span, targetPct: pct });
        expect(line).toHaveLength(span + 1);
        for (let i = 1; i < line.length; i += 1) expect(line[i]!.co2Kg).toBeLessThanOrEqual(line[i - 1]!.co2Kg);
        expect(line.at(-1)!.co2Kg).toBeCloseTo(1000 * (1 - pct / 100), 9);
      }),
    );
  });

  it('refuses a target year that is not after the baseline year', () => {
    expect(() => co2Trajectory({ baselineYear: 2030, baselineCo2Kg: 1, targetYear: 2016, targetPct: 50 })).toThrow(/na het basisjaar \(2030\)/);
    const error = (() => {
      try {
        co2Trajectory({ baselineYear: 2030, baselineCo2Kg: 1, targetYear: 2016, targetPct: 50 });
      } catch (e) {
        return e as InputError;
      }
    })();
    expect(renderText(error!.text, 'en')).toBe('The target year (2016) must come after the baseline year (2030).');
  });
});

describe('co2GoalStatus', () => {
  it('says "behind, expected -32% in 2030" when the measurements point there', () => {
    const result = co2GoalStatus(onLine(-0.32, [2020, 2022, 2024]), trajectory);
    expect(result.status).toBe('behind');
    expect(result.projectedCo2Kg).toBeCloseTo(680_000, 3);
    expect(result.phrase).toBe('behind, expected -32% in 2030 (goal -50% in 2030)');
  });

  it('compares each measured year with the trajectory', () => {
    const result = co2GoalStatus(onLine(-0.32, [2023]), trajectory);
    expect(result.years[0]?.trajectoryCo2Kg).toBeCloseTo(750_000, 6);
    expect(result.years[0]?.differenceKg).toBeCloseTo(840_000 - 750_000, 6);
  });

  it('is on track when the trend beats the target, and met once a year reaches it', () => {
    expect(co2GoalStatus(onLine(-0.6, [2020, 2024]), trajectory)).toMatchObject({ status: 'on-track', phrase: 'on track, expected -60% in 2030 (goal -50% in 2030)' });
    expect(co2GoalStatus([{ year: 2028, co2Kg: 480_000 }], trajectory)).toMatchObject({ status: 'met', phrase: 'met: -52% in 2028 (goal -50% in 2030)' });
  });

  it('never projects below zero and has no data before a year after the baseline', () => {
    expect(co2GoalStatus(onLine(-3, [2018, 2019]), trajectory).projectedCo2Kg).toBeGreaterThanOrEqual(0);
    expect(co2GoalStatus([{ year: 2016, co2Kg: 1_000_000 }], trajectory).status).toBe('no-data');
  });
});
