import type { Chart } from '../../../core/report/report-model.js';
import { formatValue } from '../../../core/report/format-value.js';
import type { PdfContext } from './pdf-context.js';
import { drawChartFrame, type Box, type Frame } from './chart-frame.js';
import { drawText } from './draw-text.js';
import { referenceColour, seriesColour } from './series-colour.js';

type Series = Chart['series'][number];

function colourOf(series: Series, index: number): string {
  return series.role === 'goal' || series.role === 'trajectory' ? referenceColour(series.role) : seriesColour(series, index);
}

function domain(chart: Chart): [number, number] {
  const values = chart.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  return [Math.min(0, ...values), Math.max(0, ...values)];
}

/** Draws one series as a polyline; a null value breaks the line. */
function drawSeries(ctx: PdfContext, chart: Chart, series: Series, colour: string, frame: Frame): void {
  const { doc } = ctx;
  const reference = series.role === 'goal' || series.role === 'trajectory';
  let drawing = false;
  series.values.forEach((v, i) => {
    if (v === null) {
      drawing = false;
      return;
    }
    const x = frame.centreOf(i);
    const y = frame.yOf(v);
    if (drawing) doc.lineTo(x, y);
    else doc.moveTo(x, y);
    drawing = true;
  });
  doc.lineWidth(reference ? 1.4 : 2).lineJoin('round');
  if (reference) doc.dash(5, { space: 3 });
  doc.stroke(colour).undash();
  if (reference) return;
  let last = -1;
  series.values.forEach((v, i) => {
    if (v === null) return;
    doc.circle(frame.centreOf(i), frame.yOf(v), 2.4).fill(colour);
    last = i;
  });
  const lastValue = series.values[last];
  if (last >= 0 && lastValue !== undefined && lastValue !== null) {
    const text = formatValue(lastValue, chart.yFormat, ctx.model.lang);
    drawText(ctx, text, frame.centreOf(last) - 30, frame.yOf(lastValue) - 13, { size: 7, bold: true, colour, width: 60, align: 'center', lineBreak: false });
  }
}

/** A line chart inside `box`; 'goal' and 'trajectory' series are dashed reference lines. */
export function drawLineChart(ctx: PdfContext, chart: Chart, box: Box): void {
  const legend = chart.series.map((s, i) => ({
    name: s.name,
    colour: colourOf(s, i),
    kind: 'line' as const,
    dashed: s.role === 'goal' || s.role === 'trajectory',
  }));
  const frame = drawChartFrame(ctx, chart, box, domain(chart), legend);
  // Reference lines first, so the measured line lies on top of them.
  const order = chart.series.map((s, i) => ({ s, i })).sort((a, b) => Number(a.s.role === undefined || a.s.role === 'data') - Number(b.s.role === undefined || b.s.role === 'data'));
  for (const { s, i } of order) drawSeries(ctx, chart, s, colourOf(s, i), frame);
}
