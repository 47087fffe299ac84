import { describe, expect, it } from 'vitest';
import { summarisePeriod } from '../../../src/core/track/summarise-period.js';
import { summariseRegistrations } from '../../../src/core/track/summarise-registrations.js';
import { workingDaysBetween } from '../../../src/core/track/working-days.js';

const november = workingDaysBetween('2026-11-02', '2026-11-27'); // 20 working days

describe('summarisePeriod', () => {
  it('averages peak trips over the working days with data', () => {
    const counts = november.slice(0, 12).map((date) => ({ date, morning: 1000, evening: 800 }));
    expect(summarisePeriod(counts, { from: '2026-11-02', to: '2026-11-27' })).toEqual({
      from: '2026-11-02',
      to: '2026-11-27',
      workingDays: 20,
      daysWithData: 12,
      morningPerDay: 1000,
      eveningPerDay: 800,
      totalPerDay: 1800,
      flagged: null,
      measuredShare: 0.6,
      provisional: false,
    });
  });

  it('marks a period with under 60% of its working days measured as provisional', () => {
    // the case: a quarter with data for 22 of its 65 working days
    const quarter = workingDaysBetween('2026-10-01', '2026-12-31');
    const counts = quarter.slice(0, 22).map((date) => ({ date, morning: 900, evening: 700 }));
    const summary = summarisePeriod(counts, { from: '2026-10-01', to: '2026-12-31' });
    expect(summary).toMatchObject({ daysWithData: 22, flagged: null, provisional: true });
    expect(summary.measuredShare).toBeCloseTo(22 / summary.workingDays, 12);
    expect(summarisePeriod(counts, { from: '2026-10-01', to: '2026-12-31', minMeasuredShare: 0.3 }).provisional).toBe(false);
    const eleven = november.slice(0, 11).map((date) => ({ date, morning: 1, evening: 1 }));
    expect(summarisePeriod(eleven, { from: '2026-11-02', to: '2026-11-27' }).provisional).toBe(true); // 55%
  });

  it('flags a period with too few working days but still shows its figures', () => {
    const counts = november.slice(0, 4).map((date) => ({ date, morning: 900, evening: 720 }));
    const summary = summarisePeriod(counts, { from: '2026-11-02', to: '2026-11-06' });
    expect(summary).toMatchObject({ workingDays: 5, daysWithData: 4, totalPerDay: 1620, flagged: 'too-few-days' });
    expect(summarisePeriod(counts, { from: '2026-11-02', to: '2026-11-06', minWorkingDays: 3 }).flagged).toBeNull();
  });

  it('adds sources on one date and ignores days outside the period, weekends and holidays', () => {
    const summary = summarisePeriod(
      [
        { date: '2026-12-24', morning: 10, evening: 10 },
        { date: '2026-12-24', morning: 5, evening: 5 },
        { date: '2026-12-25', morning: 99, evening: 99 },
        { date: '2026-12-27', morning: 99, evening: 99 },
        { date: '2027-01-04', morning: 99, evening: 99 },
      ],
      { from: '2026-12-21', to: '2026-12-31' },
    );
    expect(summary).toMatchObject({ workingDays: 8, daysWithData: 1, morningPerDay: 15, totalPerDay: 30 });
  });

  it('gives null figures, not zero, for a period without data', () => {
    expect(summarisePeriod([], { from: '2026-11-02', to: '2026-11-27' })).toMatchObject({
      daysWithData: 0,
      totalPerDay: null,
      flagged: 'too-few-days',
    });
  });
});

describe('summariseRegistrations', () => {
  it('sums registrations per working day as a separate, labelled source', () => {
    const summary = summariseRegistrations(
      [
        { date: '2026-11-03', count: 150, mode: 'fiets' },
        { date: '2026-11-04', count: 50 },
        { date: '2026-11-07', count: 500 }, // Saturday
      ],
      { from: '2026-11-02', to: '2026-11-06', baselinePerDay: 1800 },
    );
    expect(summary).toMatchObject({ source: 'registrations', workingDays: 5, total: 200, perWorkingDay: 40 });
    expect(summary.shareOfBaseline).toBeCloseTo(40 / 1800, 12);
    expect(summary.byMode).toEqual({ fiets: 150, '': 50 });
  });
});
