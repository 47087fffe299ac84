import type { Chart } from '../../../core/report/report-model.js';
import { formatValue } from '../../../core/report/format-value.js';
import type { PdfContext } from './pdf-context.js';
import { drawChartFrame, type Box, type Frame } from './chart-frame.js';
import { drawChartMarkers, markerGroups, markerRoom } from './draw-chart-markers.js';
import { drawText } from './draw-text.js';
import { colours } from './pdf-theme.js';
import { referenceColour, seriesColour } from './series-colour.js';

type Series = Chart['series'][number];

function colourOf(series: Series, index: number): string {
  return series.role === 'goal' || series.role === 'trajectory' ? referenceColour(series.role) : seriesColour(series, index);
}

function domain(chart: Chart): [number, number] {
  const values = chart.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  return [Math.min(0, ...values), Math.max(0, ...values)];
}

/**
 * Draws one series as a polyline. Where values are missing between two measured points (CO2
 * measured in some years only) a thin dotted line joins them, so the points still read as one
 * series without pretending there were measurements in between.
 */
function drawSeries(ctx: PdfContext, chart: Chart, series: Series, colour: string, frame: Frame): void {
  const { doc } = ctx;
  const reference = series.role === 'goal' || series.role === 'trajectory';
  const points = series.values.flatMap((v, i) => (v === null ? [] : [{ i, x: frame.centreOf(i), y: frame.yOf(v) }]));
  // runs of neighbouring values as one polyline each, so joins and dashes run on
  points.forEach((p, k) => {
    const previous = points[k - 1];
    if (previous && p.i - previous.i === 1) doc.lineTo(p.x, p.y);
    else doc.moveTo(p.x, p.y);
  });
  doc.lineWidth(reference ? 1.4 : 2).lineJoin('round').lineCap('round');
  if (reference) doc.dash(5, { space: 3 });
  doc.stroke(colour).undash();
  if (reference) return;
  points.forEach((p, k) => {
    const previous = points[k - 1];
    if (!previous || p.i - previous.i === 1) return;
    doc.moveTo(previous.x, previous.y).lineTo(p.x, p.y).lineWidth(1).dash(1.5, { space: 2.5 }).stroke(colour).undash();
  });
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

/** A line chart inside `box`; 'goal' and 'trajectory' series are dashed reference lines, measure starts marked. */
export function drawLineChart(ctx: PdfContext, chart: Chart, box: Box): void {
  const legend = chart.series.map((s, i) => ({
    name: s.name,
    colour: colourOf(s, i),
    kind: 'line' as const,
    dashed: s.role === 'goal' || s.role === 'trajectory',
  }));
  if (markerGroups(chart).length > 0) legend.push({ name: ctx.model.labels.chartMarkers, colour: colours.faint, kind: 'line', dashed: true });
  // the plot is about 40 points narrower than the box (the y axis labels)
  const frame = drawChartFrame(ctx, chart, box, domain(chart), legend, markerRoom(ctx, chart, box.width, box.width - 40));
  drawChartMarkers(ctx, chart, frame, box.x, box.width);
  // Reference lines first, so the measured line lies on top of them.
  const order = chart.series.map((s, i) => ({ s, i })).sort((a, b) => Number(a.s.role === undefined || a.s.role === 'data') - Number(b.s.role === undefined || b.s.role === 'data'));
  for (const { s, i } of order) drawSeries(ctx, chart, s, colourOf(s, i), frame);
}
