import type { Chart } from '../../../core/report/report-model.js';
import { figure, type PdfContext } from './pdf-context.js';
import { drawBarChart } from './draw-bar-chart.js';
import { drawLineChart } from './draw-line-chart.js';
import { drawText } from './draw-text.js';
import { contentBottom, drawParagraph, ensureSpace, newPage, openPart } from './page-flow.js';
import { contentWidth, page } from './pdf-theme.js';

const chartHeight = 300;
/** A chart may shrink to this to fill the rest of a page rather than leave it half empty. */
const minChartHeight = 250;
const gap = 28;

/** Whether a chart has anything to draw: categories and at least one value. */
export function hasData(chart: Chart): boolean {
  return chart.categories.length > 0 && chart.series.some((s) => s.values.some((v) => v !== null));
}

/** A chart too thin to draw (the model gives its sentence): its title and the sentence, a few lines, no page. */
function drawSentence(ctx: PdfContext, chart: Chart, sentence: string): void {
  ensureSpace(ctx, 48);
  ctx.doc.y = drawText(ctx, chart.title, page.left, ctx.doc.y, { size: 11, bold: true, width: contentWidth, tag: 'H2' }) + 4;
  drawParagraph(ctx, sentence);
  ctx.doc.y += gap / 2;
}

/**
 * The charts part: two charts a page, starting under the part before when the first chart fits
 * there. A chart the model gives as a sentence (no figures, one point) takes a few lines
 * instead of a page. Charts without data and without a sentence are left out, and so is a part
 * with nothing in it.
 */
export function drawCharts(ctx: PdfContext): void {
  const charts = ctx.model.charts.filter((c) => c.sentence !== undefined || hasData(c));
  if (charts.length === 0) return;
  const title = ctx.model.labels.charts;
  // below the page before when its first chart fits there, never on the cover
  if (ctx.part === '') newPage(ctx, title);
  // keep: what must fit below the heading (openPart adds the heading's own height)
  else openPart(ctx, title, charts[0]!.sentence === undefined ? minChartHeight : 80);
  for (const chart of charts) {
    if (chart.sentence !== undefined) {
      drawSentence(ctx, chart, chart.sentence);
      continue;
    }
    if (ctx.doc.y + minChartHeight > contentBottom) newPage(ctx);
    const height = Math.min(chartHeight, contentBottom - ctx.doc.y);
    const box = { x: page.left, y: ctx.doc.y, width: contentWidth, height };
    figure(ctx, chart.alt ?? chart.title, () => (chart.kind === 'line' ? drawLineChart(ctx, chart, box) : drawBarChart(ctx, chart, box)));
    ctx.doc.y = box.y + height + gap;
  }
}
