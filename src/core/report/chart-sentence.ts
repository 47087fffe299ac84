import { formatValue } from './format-value.js';
import type { Chart } from './report-model.js';
import { text, type ReportTexts } from './report-texts.js';

type Series = Chart['series'][number];

const isData = (s: Series): boolean => s.role === undefined || s.role === 'data';
const has = (v: number | null | undefined): v is number => v !== null && v !== undefined;

/**
 * Whether a chart has too little to draw: no figure at all, a line whose measured series have
 * one point at most (reference lines do not count: they come from the goal, not the data), or
 * bars with a single bar. Such a chart reads better as a sentence than as a page.
 */
export function isThinChart(chart: Chart): boolean {
  const data = chart.series.filter(isData);
  if (chart.kind === 'line') return data.every((s) => s.values.filter(has).length <= 1);
  return data.reduce((n, s) => n + s.values.filter((v) => has(v) && v !== 0).length, 0) <= 1;
}

/** A thin chart in one sentence in the report's language: the figures it would show, or that there are none yet. */
export function chartSentence(chart: Chart, t: ReportTexts): string {
  const points = chart.categories.flatMap((category, i) => {
    if (!chart.series.some((s) => isData(s) && has(s.values[i]))) return [];
    const values = chart.series.flatMap((s) => {
      const v = s.values[i];
      return has(v) ? [`${s.name} ${formatValue(v, chart.yFormat, t.lang)}`] : [];
    });
    return [`${category}: ${values.join(', ')}`];
  });
  if (points.length === 0) return text(t, 'chartNoFigures');
  return text(t, 'chartOnePoint', { point: points.join('; '), unit: chart.yLabel });
}
