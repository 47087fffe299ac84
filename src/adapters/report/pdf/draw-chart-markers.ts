import type { Chart } from '../../../core/report/report-model.js';
import type { Frame } from './chart-frame.js';
import type { PdfContext } from './pdf-context.js';
import { drawText, measureText } from './draw-text.js';
import { colours, sizes } from './pdf-theme.js';

const badge = 9;
const rowHeight = badge + 2;
const keyIndent = badge + 5;
const keyStyle = { size: sizes.tiny + 0.5, colour: colours.ink, lineGap: 1 };

/** The measure starts of a chart, one numbered marker per period (several measures in one period share it). */
export function markerGroups(chart: Chart): { index: number; labels: string[] }[] {
  const byIndex = new Map<number, string[]>();
  for (const m of chart.markers ?? []) {
    if (m.index < 0 || m.index >= chart.categories.length) continue;
    byIndex.set(m.index, [...(byIndex.get(m.index) ?? []), m.label]);
  }
  return [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([index, labels]) => ({ index, labels }));
}

/** Which row each numbered badge takes: the second row when the badge before it would touch it. */
function badgeRows(xs: number[]): number[] {
  return xs.map((x, i) => (i > 0 && x - xs[i - 1]! < badge + 2 ? 1 : 0)).map((row, i, rows) => (row === 1 && rows[i - 1] === 1 ? 0 : row));
}

/** The room the badges need above the plot and the key needs under the legend, for a plot about `width` wide. */
export function markerRoom(ctx: PdfContext, chart: Chart, width: number, plotWidth: number): { top: number; bottom: number } {
  const groups = markerGroups(chart);
  if (groups.length === 0) return { top: 0, bottom: 0 };
  const step = plotWidth / Math.max(1, chart.categories.length);
  const rows = Math.max(...badgeRows(groups.map((g) => g.index * step))) + 1;
  const key = groups.reduce((h, g) => h + measureText(ctx, keyLine(chart, g), { ...keyStyle, width: width - keyIndent }) + 2, 4);
  return { top: rows * rowHeight + 2, bottom: key };
}

function keyLine(chart: Chart, group: { index: number; labels: string[] }): string {
  return `${chart.categories[group.index] ?? ''}: ${group.labels.join(', ')}`;
}

function drawBadge(ctx: PdfContext, n: number, x: number, y: number): void {
  ctx.doc.circle(x, y + badge / 2, badge / 2).fill(colours.muted);
  drawText(ctx, String(n), x - badge / 2, y + 1.6, { size: 6, bold: true, colour: colours.white, width: badge, align: 'center', lineBreak: false });
}

/**
 * The start of each measure on a trend: a thin dashed line through the plot at its period with a
 * numbered badge above the plot (badges never overlap), and under the legend a key that names
 * the measures behind each number in full.
 */
export function drawChartMarkers(ctx: PdfContext, chart: Chart, frame: Frame, x: number, width: number): void {
  const groups = markerGroups(chart);
  if (groups.length === 0) return;
  const { doc } = ctx;
  const xs = groups.map((g) => frame.centreOf(g.index));
  const rows = badgeRows(xs);
  const top = frame.plot.y - (Math.max(...rows) + 1) * rowHeight - 2;
  groups.forEach((_, i) => {
    const y = top + rows[i]! * rowHeight;
    doc.moveTo(xs[i]!, y + badge).lineTo(xs[i]!, frame.plot.y + frame.plot.height).lineWidth(0.7).dash(2, { space: 1.5 }).stroke(colours.faint).undash();
    drawBadge(ctx, i + 1, xs[i]!, y);
  });
  let y = frame.below + 4;
  groups.forEach((g, i) => {
    drawBadge(ctx, i + 1, x + badge / 2, y);
    y = drawText(ctx, keyLine(chart, g), x + keyIndent, y + 0.5, { ...keyStyle, width: width - keyIndent }) + 2;
  });
}
