import type { Chart } from '../../../core/report/report-model.js';
import { formatValue } from '../../../core/report/format-value.js';
import type { PdfContext } from './pdf-context.js';
import { drawChartFrame, type Box, type Frame } from './chart-frame.js';
import { drawText } from './draw-text.js';
import { colours } from './pdf-theme.js';
import { seriesColour, textOn } from './series-colour.js';

function valueAt(chart: Chart, s: number, c: number): number | null {
  return chart.series[s]?.values[c] ?? null;
}

/** The value range of the bars: stacked sums per category, or single values when grouped. */
function domain(chart: Chart, stacked: boolean): [number, number] {
  let low = 0;
  let high = 0;
  chart.categories.forEach((_, c) => {
    let up = 0;
    let down = 0;
    chart.series.forEach((_, s) => {
      const v = valueAt(chart, s, c) ?? 0;
      if (stacked) {
        if (v > 0) up += v;
        else down += v;
      } else {
        high = Math.max(high, v);
        low = Math.min(low, v);
      }
    });
    if (stacked) {
      high = Math.max(high, up);
      low = Math.min(low, down);
    }
  });
  return [low, high];
}

function drawStacked(ctx: PdfContext, chart: Chart, frame: Frame): void {
  const width = Math.min(frame.bandWidth * 0.6, 56);
  chart.categories.forEach((_, c) => {
    let up = 0;
    let down = 0;
    chart.series.forEach((series, s) => {
      const v = valueAt(chart, s, c);
      if (v === null || v === 0) return;
      const from = v > 0 ? up : down;
      const to = from + v;
      if (v > 0) up = to;
      else down = to;
      const y1 = frame.yOf(Math.max(from, to));
      const height = Math.abs(frame.yOf(from) - frame.yOf(to));
      const x = frame.centreOf(c) - width / 2;
      const fill = seriesColour(series, s);
      ctx.doc.rect(x, y1, width, height).fill(fill);
      // A thin white seam keeps adjacent segments apart.
      ctx.doc.moveTo(x, y1).lineTo(x + width, y1).lineWidth(0.6).stroke(colours.white);
      if (height >= 11 && width >= 26) {
        const text = formatValue(v, chart.yFormat, ctx.model.lang);
        drawText(ctx, text, x, y1 + height / 2 - 3.5, { size: 6.5, colour: textOn(fill), width, align: 'center', lineBreak: false });
      }
    });
  });
}

function drawGrouped(ctx: PdfContext, chart: Chart, frame: Frame): void {
  const count = Math.max(1, chart.series.length);
  const group = Math.min(frame.bandWidth * 0.75, count * 40);
  const width = group / count;
  chart.categories.forEach((_, c) => {
    chart.series.forEach((series, s) => {
      const v = valueAt(chart, s, c);
      if (v === null) return;
      const x = frame.centreOf(c) - group / 2 + s * width;
      const top = frame.yOf(Math.max(0, v));
      const height = Math.abs(frame.yOf(0) - frame.yOf(v));
      ctx.doc.rect(x + 1, top, width - 2, height).fill(seriesColour(series, s));
      if (width >= 22) {
        const text = formatValue(v, chart.yFormat, ctx.model.lang);
        drawText(ctx, text, x - 4, top - 9, { size: 6.5, colour: colours.muted, width: width + 8, align: 'center', lineBreak: false });
      }
    });
  });
}

/** A stacked or grouped bar chart inside `box`, one colour per series (per mode where it is one). */
export function drawBarChart(ctx: PdfContext, chart: Chart, box: Box): void {
  const stacked = chart.kind === 'stackedBar';
  const legend = chart.series.map((s, i) => ({ name: s.name, colour: seriesColour(s, i), kind: 'box' as const }));
  const frame = drawChartFrame(ctx, chart, box, domain(chart, stacked), legend);
  if (stacked) drawStacked(ctx, chart, frame);
  else drawGrouped(ctx, chart, frame);
}
