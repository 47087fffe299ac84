import { describe, expect, it } from 'vitest';
import { memberInput, reportMember } from '../../../src/app/alliance-member.js';
import { buildAllianceReport } from '../../../src/core/report/build-alliance-report.js';
import { reportTexts } from '../../../src/core/report/report-texts.js';
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
const progressInput: Parameters<typeof peakProgress>[0] = {
  counts,
  registrations: [],
  baseline: { source: 'measured', from: '2025-01-01', to: '2025-03-31', morningPerDay: 900, eveningPerDay: 900, totalPerDay: 1800, flagged: null, headcount: null },
  headcounts: [],
  goal: { targetPct: 10, targetYear: 2027, basis: 'absolute', scope: 'company' },
  measures: [],
  unit: 'quarter',
};
const progress: CompanyProgress = {
  company: { id: 'asz', name: 'Ziekenhuis', headcount: 3000, sharesWithAlliance: true },
  peak: peakProgress(progressInput),
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

  it('keeps the newer provisional quarter apart, for the status table only', () => {
    expect(reportMember(progress, { scan: null, measureTitle: (id) => id }).peak?.provisional).toMatchObject({ label: '2026-Q4', daysWithData: 22 });
  });

  it('shows a member with only a provisional quarter marked as provisional, and never as met', () => {
    // the baseline, then March 2026 alone (22 of 63 working days) at 1,600 a day: 11.1% avoided, above the 10% goal
    const onlyMarch = [...counts.slice(0, 63), ...workingDaysBetween('2026-03-01', '2026-03-31').map((d) => day(d, 1600))];
    const peak = peakProgress({ ...progressInput, counts: onlyMarch });
    const member = reportMember({ ...progress, peak }, { scan: null, measureTitle: (id) => id });
    expect(member.peak?.periods).toEqual([]);
    expect(member.peak?.goal?.status).not.toBe('met');
    const model = buildAllianceReport({
      lang: 'nl', texts: reportTexts('nl'), generatedOn: '2026-11-27', version: 't', alliance: { name: 'Alliantie' },
      peakGoal: null, co2Goal: null, members: [member], attributions: [], suppressionThreshold: 5,
    });
    const status = model.sections.find((s) => s.id === 'status')!;
    const [row] = status.tables[0]!.rows;
    const cell = (key: string) => row![status.tables[0]!.columns.findIndex((c) => c.key === key)];
    expect(cell('peakReached')).toBeCloseTo(200 / 1800, 10);
    expect(cell('period')).toBe('K1 2026 (voorlopig: 22 van 63 werkdagen gemeten)');
    expect(cell('peakStatus')).toBe('on-track');
    expect(status.intro.join(' ')).toContain('kan een doel nog niet halen');
    // the provisional figure is never summed: the figures table has no avoidances for it
    const figures = model.sections.find((s) => s.id === 'members')!.tables[0]!;
    expect(figures.rows[0]![figures.columns.findIndex((c) => c.key === 'avoided')]).toBeNull();
  });
});
