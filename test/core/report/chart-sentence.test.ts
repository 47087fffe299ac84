import { describe, expect, it } from 'vitest';
import { withAlt } from '../../../src/core/report/chart-alt.js';
import { isThinChart } from '../../../src/core/report/chart-sentence.js';
import type { Chart } from '../../../src/core/report/report-model.js';
import { reportTexts } from '../../../src/core/report/report-texts.js';
import { peakChart } from '../../../src/core/report/tracking-parts.js';
import { peakProgress } from '../../../src/core/track/peak-progress.js';
import { workingDaysBetween } from '../../../src/core/track/working-days.js';

const line = (values: (number | null)[], goal?: number): Chart => ({
  id: 'trend',
  title: 'Spitsmijdingen per werkdag',
  kind: 'line',
  categories: values.map((_, i) => `K${i + 1} 2026`),
  series: [{ name: 'spitsmijdingen', values }, ...(goal === undefined ? [] : [{ name: 'doel', values: values.map(() => goal), role: 'goal' as const }])],
  yLabel: 'per werkdag',
  yFormat: 'count',
});

describe('a chart too thin to draw', () => {
  it('is one without figures, a line of one measured point (a goal line does not count), or a single bar', () => {
    expect(isThinChart({ ...line([]), categories: [] })).toBe(true);
    expect(isThinChart(line([null, null]))).toBe(true);
    expect(isThinChart(line([1234.4], 1200))).toBe(true);
    expect(isThinChart(line([null, 1234.4, null], 1200))).toBe(true);
    expect(isThinChart(line([1100, 1234.4], 1200))).toBe(false);
    const bars: Chart = { ...line([0.12]), kind: 'bar', categories: ['Ziekenhuis'] };
    expect(isThinChart(bars)).toBe(true);
    expect(isThinChart({ ...bars, categories: ['A', 'B'], series: [{ name: 'bereikt', values: [0.12, 0.08] }] })).toBe(false);
  });

  it('becomes a sentence with its figures in the reader’s language, and a chart with data gets none', () => {
    const [nl] = withAlt([line([1234.4], 1200)], reportTexts('nl'));
    expect(nl!.sentence).toBe('Nog maar één meting, daarom geen grafiek. K1 2026: spitsmijdingen 1.234, doel 1.200 (per werkdag).');
    const [en] = withAlt([{ ...line([1234.4], 1200), series: [{ name: 'avoided', values: [1234.4] }], yLabel: 'per working day' }], reportTexts('en'));
    expect(en!.sentence).toBe('Only one measurement so far, so no chart. K1 2026: avoided 1,234 (per working day).');
    const [empty] = withAlt([line([null])], reportTexts('nl'));
    expect(empty!.sentence).toBe('Nog geen cijfers om te tonen.');
    const [full] = withAlt([line([1100, 1234.4], 1200)], reportTexts('nl'));
    expect(full!.sentence).toBeUndefined();
  });
});

describe('measure starts on the trend', () => {
  const quarter = (from: string, to: string, total: number) => workingDaysBetween(from, to).map((date) => ({ date, morning: total * 0.55, evening: total * 0.45 }));
  const peak = peakProgress({
    counts: [...quarter('2025-01-01', '2025-12-31', 1800), ...quarter('2026-01-01', '2026-03-31', 1620)],
    registrations: [],
    baseline: { source: 'measured', from: '2025-01-01', to: '2025-03-31', morningPerDay: 990, eveningPerDay: 810, totalPerDay: 1800, flagged: null, headcount: null },
    headcounts: [],
    goal: { targetPct: 10, targetYear: 2026, basis: 'absolute', scope: 'company' },
    measures: [
      { measure: 'ebike-trial-pool', startDate: '2025-09-01' },
      { measure: 'bike-plan', startDate: '2025-08-15' },
      { measure: 'parking-policy', startDate: '2026-02-01' },
    ],
    unit: 'quarter',
  });
  const titles: Record<string, string> = { 'ebike-trial-pool': 'E-bike-proefpool', 'bike-plan': 'Fietsplan', 'parking-policy': 'Parkeerbeleid' };

  it('are marked in the period each measure started, by title, and named in the alternative text', () => {
    const [chart] = withAlt([peakChart(peak, reportTexts('nl'), 'nl', (id) => titles[id] ?? id)!], reportTexts('nl'));
    const marked = chart!.markers!.map((m) => [chart!.categories[m.index], m.label]);
    expect(marked).toEqual([['K3 2025', 'E-bike-proefpool, Fietsplan'], ['K1 2026', 'Parkeerbeleid']]);
    expect(chart!.alt).toContain('Start van maatregelen: K3 2025 E-bike-proefpool, Fietsplan; K1 2026 Parkeerbeleid.');
    expect(JSON.stringify(chart)).not.toContain('ebike-trial-pool');
  });

  it('are left out of a trend without measures', () => {
    const without = peakProgress({
      counts: quarter('2025-01-01', '2025-12-31', 1800),
      registrations: [],
      baseline: { source: 'measured', from: '2025-01-01', to: '2025-03-31', morningPerDay: 990, eveningPerDay: 810, totalPerDay: 1800, flagged: null, headcount: null },
      headcounts: [],
      goal: undefined,
      measures: [],
      unit: 'quarter',
    });
    const chart = peakChart(without, reportTexts('nl'), 'nl');
    expect(chart?.categories.length).toBeGreaterThan(1);
    expect(chart?.markers).toBeUndefined();
  });
});
