import { describe, expect, it } from 'vitest';
import { memberInput, reportMember } from '../../../src/app/alliance-member.js';
import type { CompanyProgress } from '../../../src/app/company-progress.js';
import { co2Progress } from '../../../src/core/track/co2-progress.js';
import { peakProgress } from '../../../src/core/track/peak-progress.js';
import { workingDaysBetween } from '../../../src/core/track/working-days.js';

// Q1 2025 is the baseline (1,800 a day); Q3 2026 complete at 1,500; Q4 2026 counted on 22 days at 1,700: provisional
const day = (date: string, total: number) => ({ date, morning: total / 2, evening: total / 2 });
const counts = [
  ...workingDaysBetween('2025-01-01', '2025-03-31').map((d) => day(d, 1800)),
  ...workingDaysBetween('2026-07-01', '2026-09-30').map((d) => day(d, 1500)),
  ...workingDaysBetween('2026-10-01', '2026-12-31').slice(0, 22).map((d) => day(d, 1700)),
];
const progress: CompanyProgress = {
  company: { id: 'asz', name: 'Ziekenhuis', headcount: 3000, sharesWithAlliance: true },
  peak: peakProgress({
    counts,
    registrations: [],
    baseline: { source: 'measured', from: '2025-01-01', to: '2025-03-31', morningPerDay: 900, eveningPerDay: 900, totalPerDay: 1800, flagged: null, headcount: null },
    headcounts: [],
    goal: { targetPct: 10, targetYear: 2027, basis: 'absolute', scope: 'company' },
    measures: [],
    unit: 'quarter',
  }),
  co2: co2Progress([], undefined),
  measures: [],
  employees: 3000,
};

describe('a member in the alliance report', () => {
  it('counts its latest complete quarter, never a provisional one, as its own report does', () => {
    const { input, basis } = memberInput(progress);
    expect(basis.period).toBe('2026-Q3');
    expect(input.avoidancesPerDay).toBeCloseTo(300);
    const member = reportMember(progress, { scan: null, measureTitle: (id) => id });
    expect(member.peak?.periods.map((p) => p.label)).not.toContain('2026-Q4');
    expect(member.peak?.periods.at(-1)?.label).toBe('2026-Q3');
  });
});
