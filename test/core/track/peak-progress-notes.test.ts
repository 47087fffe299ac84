import { describe, expect, it } from 'vitest';
import { peakProgress, type PeakProgressInput } from '../../../src/core/track/peak-progress.js';
import { workingDaysBetween } from '../../../src/core/track/working-days.js';

const input = (counts: PeakProgressInput['counts'], registrations: PeakProgressInput['registrations']): PeakProgressInput => ({
  counts,
  registrations,
  baseline: { source: 'typed', morningPerDay: 110, eveningPerDay: 60, totalPerDay: 170, headcount: 900 },
  headcounts: [],
  goal: { targetPct: 10, targetYear: 2027, basis: 'absolute', scope: 'company' },
  measures: [],
  unit: 'quarter',
});

describe('the notes of the peak progress', () => {
  it('does not call periods with registrations only "periods with too few working days" (they have no counts at all)', () => {
    const registrations = ['2025-05-12', '2025-08-20', '2025-11-03', '2026-02-10'].map((date) => ({ date, count: 12 }));
    const progress = peakProgress(input([], registrations));
    expect(progress.periods.length).toBe(4);
    expect(progress.notes.join(' ')).not.toMatch(/too few working days/);
  });

  it('counts the periods whose counts cover too few working days', () => {
    const fewDays = workingDaysBetween('2026-01-05', '2026-01-09').map((date) => ({ date, morning: 50, evening: 40 }));
    const fullQuarter = workingDaysBetween('2026-04-01', '2026-06-30').map((date) => ({ date, morning: 50, evening: 40 }));
    const progress = peakProgress(input([...fewDays, ...fullQuarter], []));
    expect(progress.notes).toContain('1 period(s) with too few working days are shown but left out of the goal status');
  });
});
