/**
 * The public case of METHOD.md section 1 and 5: a Dordrecht hospital with a baseline of about
 * 1,800 peak car trips a day and 1,620 now avoids 180, 10.0%, which meets a 10% goal and is
 * 10% of the alliance's 1,800 avoidances.
 */
import { describe, expect, it } from 'vitest';
import { allianceTotals } from '../../../src/core/track/alliance-totals.js';
import { formatPct } from '../../../src/core/track/goal-status.js';
import { measuredBaseline, peakAvoidances, typedBaseline } from '../../../src/core/track/peak-avoidances.js';
import { peakGoalStatus } from '../../../src/core/track/peak-goal-status.js';
import { summarisePeriod } from '../../../src/core/track/summarise-period.js';
import { workingDaysBetween } from '../../../src/core/track/working-days.js';

describe('the Dordrecht hospital case', () => {
  const baseline = typedBaseline(1000, 800);

  it('gives 180 avoided peak trips a day, 10.0% of the baseline', () => {
    const result = peakAvoidances({ baselinePerDay: baseline.totalPerDay, currentPerDay: 1620 });
    expect(result.avoidedPerDay).toBe(180);
    expect(formatPct(result.share ?? Number.NaN)).toBe('10.0%');
  });

  it('meets a 10% goal', () => {
    const result = peakGoalStatus({
      baseline,
      periods: [{ label: '2026', endDate: '2026-12-31', share: 180 / 1800 }],
      goal: { targetPct: 10, targetDate: '2027-12-31' },
    });
    expect(result.status).toBe('met');
    expect(result.phrase).toBe('met: 10.0% in 2026 (goal 10%)');
  });

  it('is 10% of an alliance total of 1,800 avoided trips a day', () => {
    const result = allianceTotals([
      { id: 'hospital', avoidancesPerDay: 180, baselinePerDay: 1800, co2Kg: 2_000_000, employees: 3000 },
      { id: 'others', avoidancesPerDay: 1620, baselinePerDay: 14_000, co2Kg: 8_000_000, employees: 20_000 },
    ]);
    expect(result.totals.avoidancesPerDay).toBe(1800);
    expect(result.members[0]?.shareOfAvoidances).toBeCloseTo(0.1, 12);
    expect(result.members[0]?.ownShare).toBeCloseTo(0.1, 12);
    expect(result.members[0]?.shareOfCo2).toBeCloseTo(0.2, 12);
  });

  it('gives the same from measured daily counts', () => {
    const countsIn = (from: string, to: string, total: number) =>
      workingDaysBetween(from, to).map((date) => ({ date, morning: total / 2, evening: total / 2 }));
    const before = summarisePeriod(countsIn('2025-09-01', '2025-09-30', 1800), { from: '2025-09-01', to: '2025-09-30' });
    const now = summarisePeriod(countsIn('2026-09-01', '2026-09-30', 1620), { from: '2026-09-01', to: '2026-09-30' });
    const measured = measuredBaseline(before);
    expect(measured).toMatchObject({ source: 'measured', totalPerDay: 1800, flagged: null });
    expect(peakAvoidances({ baselinePerDay: 1800, currentPerDay: now.totalPerDay ?? 0 }).avoidedPerDay).toBe(180);
  });
});

describe('peakAvoidances per head', () => {
  it('takes headcount growth out of the share', () => {
    // 3,000 staff drove 1,800 peak trips; 3,300 staff now drive 1,800: no raw change, 9.1% per head
    const result = peakAvoidances({ baselinePerDay: 1800, currentPerDay: 1800, baselineHeadcount: 3000, currentHeadcount: 3300 });
    expect(result.share).toBe(0);
    expect(result.sharePerHead).toBeCloseTo(1 - 3000 / 3300, 12);
  });

  it('has no per-head figure without both headcounts, and no share without a baseline', () => {
    expect(peakAvoidances({ baselinePerDay: 1800, currentPerDay: 1620, baselineHeadcount: 3000 }).sharePerHead).toBeNull();
    expect(peakAvoidances({ baselinePerDay: 0, currentPerDay: 10 }).share).toBeNull();
  });

  it('refuses a negative typed baseline', () => {
    expect(() => typedBaseline(-1, 800)).toThrow('Een nulmeting moet een getal van 0 of meer zijn, niet -1.');
  });
});
