import { describe, expect, it } from 'vitest';
import { peakGoalSentence } from '../../../src/app/tracking/render-progress.js';
import type { PeakProgress } from '../../../src/core/track/peak-progress.js';
import { peakGoalStatus } from '../../../src/core/track/peak-goal-status.js';

const goalOf = (periods: Parameters<typeof peakGoalStatus>[0]['periods']): NonNullable<PeakProgress['goal']> => ({
  targetPct: 10,
  targetYear: 2027,
  basis: 'absolute',
  scope: 'company',
  targetDate: '2027-12-31',
  result: peakGoalStatus({ baseline: { totalPerDay: 1800, to: '2025-03-31' }, periods, goal: { targetPct: 10, targetDate: '2027-12-31' } }),
});

describe('the peak goal sentence of track show', () => {
  it('uses Dutch numbers and words by default, English with en', () => {
    const goal = goalOf([{ label: '2026-Q3', endDate: '2026-09-30', share: 0.156 }]);
    expect(peakGoalSentence(goal, 'nl')).toBe('15,6% in K3 2026 (doel 10,0%)');
    expect(peakGoalSentence(goal, 'en')).toBe('15.6% in Q3 2026 (goal 10.0%)');
  });

  it('says why a provisional latest period cannot make the goal met', () => {
    const goal = goalOf([{ label: '2026-Q4', endDate: '2026-12-31', share: 0.104, provisional: { daysWithData: 22, workingDays: 65, minMeasuredShare: 0.6 } }]);
    // the period and 'voorlopig' once each
    expect(peakGoalSentence(goal, 'nl')).toBe('10,4% in K4 2026 (doel 10,0%), maar voorlopig: 22 van 65 werkdagen gemeten, minder dan 60%; nog niet gehaald');
    expect(peakGoalSentence(goal, 'en')).not.toMatch(/\d,\d/);
  });

  it('gives the projection with a Dutch date', () => {
    const goal = goalOf([{ label: '2026-Q1', endDate: '2026-03-31', share: 0.02 }, { label: '2026-Q2', endDate: '2026-06-30', share: 0.03 }]);
    expect(peakGoalSentence(goal, 'nl')).toMatch(/^verwacht \d+,\d% op 31-12-2027 \(doel 10,0%\)$/);
  });
});
