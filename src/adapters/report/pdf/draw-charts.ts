import type { Chart } from '../../../core/report/report-model.js';
import { figure, type PdfContext } from './pdf-context.js';
import { drawBarChart } from './draw-bar-chart.js';
import { drawLineChart } from './draw-line-chart.js';
import { contentBottom, newPage } from './page-flow.js';
import { contentWidth, page } from './pdf-theme.js';

const chartHeight = 300;
const gap = 28;

/** Whether a chart has anything to draw: categories and at least one value. */
export function hasData(chart: Chart): boolean {
  return chart.categories.length > 0 && chart.series.some((s) => s.values.some((v) => v !== null));
}

/** The charts part: two charts a page; charts without data are left out, and so is the part. */
export function drawCharts(ctx: PdfContext): void {
  const charts = ctx.model.charts.filter(hasData);
  if (charts.length === 0) return;
  newPage(ctx, ctx.model.labels.charts);
  for (const chart of charts) {
    if (ctx.doc.y + chartHeight > contentBottom) newPage(ctx);
    const box = { x: page.left, y: ctx.doc.y, width: contentWidth, height: chartHeight };
    figure(ctx, chart.alt ?? chart.title, () => (chart.kind === 'line' ? drawLineChart(ctx, chart, box) : drawBarChart(ctx, chart, box)));
    ctx.doc.y = box.y + chartHeight + gap;
  }
}
