import { describe, expect, it } from 'vitest';
import { peakGoalStatus } from '../../../src/core/track/peak-goal-status.js';

const baseline = { totalPerDay: 1800, to: '2026-01-31' };

describe('peakGoalStatus', () => {
  it('is on track when the trend from the baseline reaches the target by its date', () => {
    // from 0 at 31 January, 4% at 31 July: about 0.66 points a month, so 10% well before 2027-12-31
    const result = peakGoalStatus({
      baseline,
      periods: [{ label: 'H1', endDate: '2026-07-31', share: 0.04 }],
      goal: { targetPct: 10, targetDate: '2027-12-31' },
    });
    expect(result.status).toBe('on-track');
    expect(result.projectedShare).toBeGreaterThan(0.1);
    expect(result.phrase).toMatch(/^on track, expected \d+\.\d% by 2027-12-31 \(goal 10%\)$/);
  });

  it('is behind when the trend falls short', () => {
    const result = peakGoalStatus({
      baseline,
      periods: [
        { label: 'Q2', endDate: '2026-06-30', share: 0.02 },
        { label: 'Q3', endDate: '2026-09-30', share: 0.03 },
      ],
      goal: { targetPct: 10, targetDate: '2026-12-31' },
    });
    expect(result.status).toBe('behind');
    expect(result.projectedShare).toBeLessThan(0.1);
    expect(result.latestShare).toBe(0.03);
  });

  it('is behind, without a projection, when the goal has no date', () => {
    const result = peakGoalStatus({ baseline, periods: [{ label: 'Q3', endDate: '2026-09-30', share: 0.05 }], goal: { targetPct: 10 } });
    expect(result).toMatchObject({ status: 'behind', projectedShare: null });
    expect(result.phrase).toMatch(/no target date/);
  });

  it('is behind once the target date has passed unmet, whatever the trend says', () => {
    const result = peakGoalStatus({
      baseline,
      periods: [{ label: '2027', endDate: '2027-12-31', share: 0.09 }],
      goal: { targetPct: 10, targetDate: '2027-06-30' },
    });
    expect(result.status).toBe('behind');
  });

  it('has no data without periods or without a baseline', () => {
    expect(peakGoalStatus({ baseline, periods: [], goal: { targetPct: 10 } }).status).toBe('no-data');
    const zero = { totalPerDay: 0 };
    expect(peakGoalStatus({ baseline: zero, periods: [{ label: 'x', endDate: '2026-09-30', share: 0.2 }], goal: { targetPct: 10 } }).status).toBe('no-data');
  });

  describe('a provisional latest period (too few working days measured)', () => {
    const provisional = { daysWithData: 22, workingDays: 64, minMeasuredShare: 0.6 };

    it('cannot make the goal met, and says why', () => {
      const result = peakGoalStatus({
        baseline,
        periods: [{ label: '2026-Q4', endDate: '2026-12-31', share: 0.104, provisional }],
        goal: { targetPct: 10, targetDate: '2027-12-31' },
      });
      expect(result.status).not.toBe('met');
      expect(result.status).toBe('on-track');
      expect(result.provisional).toEqual({ label: '2026-Q4', daysWithData: 22, workingDays: 64, minMeasuredShare: 0.6, reachesTarget: true });
      expect(result.phrase).toMatch(/not yet met .*22 of 64 working days measured/);
    });

    it('meets the goal once the same share rests on enough days', () => {
      const result = peakGoalStatus({
        baseline,
        periods: [{ label: '2026-Q4', endDate: '2026-12-31', share: 0.104 }],
        goal: { targetPct: 10, targetDate: '2027-12-31' },
      });
      expect(result).toMatchObject({ status: 'met', provisional: null, latestLabel: '2026-Q4' });
    });

    it('leaves the goal met on the latest complete period before it', () => {
      const result = peakGoalStatus({
        baseline,
        periods: [
          { label: '2026-Q3', endDate: '2026-09-30', share: 0.156 },
          { label: '2026-Q4', endDate: '2026-12-31', share: 0.05, provisional },
        ],
        goal: { targetPct: 10, targetDate: '2027-12-31' },
      });
      expect(result).toMatchObject({ status: 'met', latestLabel: '2026-Q3', latestShare: 0.156 });
      expect(result.provisional).toMatchObject({ label: '2026-Q4', reachesTarget: false });
    });

    it('still counts in the trend when it falls short, with the reason', () => {
      const result = peakGoalStatus({
        baseline,
        periods: [
          { label: 'Q2', endDate: '2026-06-30', share: 0.02 },
          { label: 'Q3', endDate: '2026-09-30', share: 0.03, provisional },
        ],
        goal: { targetPct: 10, targetDate: '2026-12-31' },
      });
      expect(result.status).toBe('behind');
      expect(result.provisional?.reachesTarget).toBe(false);
      expect(result.latestShare).toBe(0.03);
    });
  });
});
