import { describe, expect, it } from 'vitest';
import { adviceGoalGap } from '../../../src/core/report/advice-goal-gap.js';
import { co2Progress } from '../../../src/core/track/co2-progress.js';
import { peakProgress } from '../../../src/core/track/peak-progress.js';
import { workingDaysBetween } from '../../../src/core/track/working-days.js';

// Baseline Q1 2025 at 1,800 peak car trips a day; the goal is 10% (180 avoided a day)
const day = (date: string, total: number) => ({ date, morning: total / 2, evening: total / 2 });
const baselineDays = workingDaysBetween('2025-01-01', '2025-03-31').map((d) => day(d, 1800));
const peakWith = (counts: ReturnType<typeof day>[], goal = true) => peakProgress({
  counts: [...baselineDays, ...counts],
  registrations: [],
  baseline: { source: 'measured', from: '2025-01-01', to: '2025-03-31', morningPerDay: 900, eveningPerDay: 900, totalPerDay: 1800, flagged: null, headcount: null },
  headcounts: [],
  goal: goal ? { targetPct: 10, targetYear: 2027, basis: 'absolute', scope: 'company' } : undefined,
  measures: [],
  unit: 'quarter',
});
const co2With = (years: Array<[number, number]>) => co2Progress(
  years.map(([year, co2Kg]) => ({ year, co2Kg, source: 'typed' as const, basis: 'wtw' as const })),
  { targetPct: 50, baselineYear: 2016, targetYear: 2030, scope: 'company' },
);

describe('the gap to each goal that the advice cards hold a measure against', () => {
  it('says a met peak goal is met, with no gap left', () => {
    const peak = peakWith(workingDaysBetween('2026-01-01', '2026-03-31').map((d) => day(d, 1600))); // 200 avoided
    expect(peak.goal?.result.status).toBe('met');
    expect(adviceGoalGap(peak, null, 0)).toEqual({ goalGap: { peakAvoidancesPerDay: 0 }, peak: 'met', co2: 'none' });
  });

  it('keeps an open gap from the latest complete quarter: a provisional one reaching the goal does not close it', () => {
    // Q3 complete at 1,700 (100 avoided); Q4 on 20 days at 1,600: provisional, 200 avoided
    const peak = peakWith([
      ...workingDaysBetween('2026-07-01', '2026-09-30').map((d) => day(d, 1700)),
      ...workingDaysBetween('2026-10-01', '2026-12-31').slice(0, 20).map((d) => day(d, 1600)),
    ]);
    expect(peak.goal?.result.status).not.toBe('met');
    const gap = adviceGoalGap(peak, null, 0);
    expect(gap.peak).toBe('open');
    expect(gap.goalGap.peakAvoidancesPerDay).toBeCloseTo(80, 10);
  });

  it('has no state and no gap for a goal that is not set', () => {
    expect(adviceGoalGap(peakWith([], false), null, 1000)).toEqual({ goalGap: {}, peak: 'none', co2: 'none' });
  });

  it('says a peak goal has no baseline yet, with no gap, when there is nothing to measure it against', () => {
    const withoutBaseline = { ...peakWith([]), baseline: undefined };
    expect(adviceGoalGap(withoutBaseline, null, 1000)).toEqual({ goalGap: {}, peak: 'no-baseline', co2: 'none' });
  });

  it('gives the CO2 above the target as the gap, or met when the CO2 goal is met', () => {
    const behind = adviceGoalGap(null, co2With([[2016, 1_000_000], [2024, 900_000]]), 900_000);
    expect(behind.co2).toBe('open');
    expect(behind.goalGap.co2TonnesPerYear).toBeCloseTo(400, 6); // 900 t now, 500 t in 2030
    const met = adviceGoalGap(null, co2With([[2016, 1_000_000], [2024, 400_000]]), 400_000);
    expect(met).toMatchObject({ co2: 'met', goalGap: { co2TonnesPerYear: 0 } });
  });
});
