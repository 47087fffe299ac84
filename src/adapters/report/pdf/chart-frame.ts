import type { Chart, ValueFormat } from '../../../core/report/report-model.js';
import { formatValue } from '../../../core/report/format-value.js';
import type { PdfContext } from './pdf-context.js';
import { drawLegend, legendHeight, type LegendItem } from './draw-legend.js';
import { drawText, measureText, textWidth } from './draw-text.js';
import { niceTicks } from './nice-ticks.js';
import { colours, sizes } from './pdf-theme.js';

/** A rectangle in points. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The plot area of a drawn frame and how to place values and categories in it. */
export interface Frame {
  plot: Box;
  yOf: (value: number) => number;
  bandWidth: number;
  centreOf: (index: number) => number;
  /** The top of the room reserved under the legend (`reserve.bottom` points high). */
  below: number;
}

/** Room a caller needs around the plot: above it (marker labels) and under the legend (a key). */
export interface Reserve {
  top?: number;
  bottom?: number;
}

const categoryLabelHeight = 24;

function tickFormat(format: ValueFormat, values: number[]): ValueFormat {
  const whole = values.every((v) => Number.isInteger(v));
  return whole && (format === 'decimal1' || format === 'decimal2') ? 'int' : format;
}

/**
 * Draws the title, y label, gridlines with nice ticks, category labels, legend and note of a
 * chart inside `box`, and returns the plot area for the bars or lines, leaving the room `reserve`
 * asks for above the plot and under the legend.
 */
export function drawChartFrame(ctx: PdfContext, chart: Chart, box: Box, domain: [number, number], legend: LegendItem[], reserve: Reserve = {}): Frame {
  const { doc, model } = ctx;
  const titleBottom = drawText(ctx, chart.title, box.x, box.y, { size: 11, bold: true, width: box.width });
  const noteHeight = chart.note ? measureText(ctx, chart.note, { size: sizes.tiny, width: box.width }) + 4 : 0;
  const below = box.y + box.height - noteHeight - (reserve.bottom ?? 0);
  const legendTop = below - legendHeight(ctx, legend, box.width);
  const ticks = niceTicks(domain[0], domain[1], 5);
  const format = tickFormat(chart.yFormat, ticks.values);
  const labels = ticks.values.map((v) => formatValue(v, format, model.lang));
  const labelWidth = Math.max(...labels.map((l) => textWidth(ctx, l, { size: sizes.tiny })));
  drawText(ctx, chart.yLabel, box.x, titleBottom + 4, { size: sizes.tiny, colour: colours.muted, width: box.width });
  const top = titleBottom + 20 + (reserve.top ?? 0);
  const bottom = legendTop - categoryLabelHeight - 6;
  const plot: Box = { x: box.x + labelWidth + 8, y: top, width: box.width - labelWidth - 12, height: bottom - top };
  const yOf = (value: number): number => plot.y + plot.height - ((value - ticks.min) / (ticks.max - ticks.min)) * plot.height;
  ticks.values.forEach((v, i) => {
    const y = yOf(v);
    doc.moveTo(plot.x, y).lineTo(plot.x + plot.width, y).lineWidth(v === 0 ? 0.8 : 0.4).stroke(v === 0 ? colours.muted : colours.rule);
    drawText(ctx, labels[i] ?? '', box.x, y - 4, { size: sizes.tiny, colour: colours.muted, width: labelWidth + 2, align: 'right', lineBreak: false });
  });
  const n = Math.max(1, chart.categories.length);
  const bandWidth = plot.width / n;
  const centreOf = (index: number): number => plot.x + bandWidth * (index + 0.5);
  // Label every category when there is room, else every k-th so labels never collide.
  const every = Math.max(1, Math.ceil(36 / bandWidth));
  chart.categories.forEach((category, i) => {
    if (i % every !== 0) return;
    const width = bandWidth * every - 2;
    drawText(ctx, category, centreOf(i) - width / 2, bottom + 4, { size: sizes.tiny + 0.5, colour: colours.ink, width, height: categoryLabelHeight, align: 'center', ellipsis: true });
  });
  drawLegend(ctx, legend, box.x, legendTop, box.width);
  if (chart.note) drawText(ctx, chart.note, box.x, box.y + box.height - noteHeight + 4, { size: sizes.tiny, colour: colours.muted, width: box.width });
  return { plot, yOf, bandWidth, centreOf, below };
}
