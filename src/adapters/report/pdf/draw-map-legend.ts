import type { MapModel } from '../../../core/report/report-model.js';
import { formatValue } from '../../../core/report/format-value.js';
import type { PdfContext } from './pdf-context.js';
import { drawText } from './draw-text.js';
import { bubbleRadius, carShareClasses, carShareColour, maxRadius } from './map-style.js';
import { colours, contentWidth, page, sizes } from './pdf-theme.js';

/** The largest 1, 2 or 5 times a power of ten not above `value`. */
function roundDown(value: number): number {
  if (value < 1) return 0;
  const power = 10 ** Math.floor(Math.log10(value));
  return ([5, 2, 1].find((f) => f * power <= value) ?? 1) * power;
}

const column = contentWidth / 3;
const titleStyle = { size: sizes.small, bold: true, colour: colours.ink } as const;
const labelStyle = { size: sizes.tiny, colour: colours.muted, lineBreak: false } as const;

function drawSizes(ctx: PdfContext, map: MapModel, x: number, y: number): number {
  const max = Math.max(0, ...map.cells.map((c) => c.employees));
  const values = [...new Set([roundDown(max), roundDown(max / 4), roundDown(max / 16)])].filter((v) => v > 0);
  let left = x + 2;
  const base = y + 16 + 2 * maxRadius;
  for (const value of values) {
    const r = bubbleRadius(value, max);
    ctx.doc.circle(left + maxRadius, base - r, r).lineWidth(0.8).stroke(colours.muted);
    drawText(ctx, formatValue(value, 'int', ctx.model.lang), left, base + 3, { ...labelStyle, width: 2 * maxRadius, align: 'center' });
    left += 2 * maxRadius + 8;
  }
  return base + 14;
}

function drawShares(ctx: PdfContext, x: number, y: number): number {
  let top = y + 15;
  let from = 0;
  for (const c of carShareClasses) {
    const text = `${formatValue(from * 100, 'int', ctx.model.lang)}–${formatValue(c.upTo * 100, 'int', ctx.model.lang)}%`;
    ctx.doc.circle(x + 6, top + 4, 4.5).fill(c.colour);
    drawText(ctx, text, x + 16, top, labelStyle);
    from = c.upTo;
    top += 11;
  }
  ctx.doc.circle(x + 6, top + 4, 4.5).fill(carShareColour(null));
  drawText(ctx, ctx.model.labels.notAvailable, x + 16, top, labelStyle);
  return top + 12;
}

function drawSymbols(ctx: PdfContext, map: MapModel, x: number, y: number): number {
  const { doc } = ctx;
  doc.circle(x + 7, y + 7, 6).lineWidth(1).dash(3, { space: 2 }).stroke(colours.accent).undash();
  drawText(ctx, map.legend.ring, x + 20, y + 3, labelStyle);
  doc.rect(x + 4.5, y + 22.5, 5, 5).lineWidth(0.8).fillAndStroke(colours.white, colours.ink);
  drawText(ctx, map.legend.station, x + 20, y + 21, labelStyle);
  doc.circle(x + 7, y + 43, 5).lineWidth(1.5).fillAndStroke(colours.ink, colours.white);
  drawText(ctx, map.legend.location, x + 20, y + 39, labelStyle);
  return y + 54;
}

/** The legend under the map (sizes, car share, symbols) and the attribution under it. */
export function drawMapLegend(ctx: PdfContext, map: MapModel, y: number): number {
  const x = page.left;
  drawText(ctx, map.legend.employees, x, y, { ...titleStyle, width: column - 8 });
  drawText(ctx, map.legend.carShare, x + column, y, { ...titleStyle, width: column - 8 });
  const bottom = Math.max(drawSizes(ctx, map, x, y), drawShares(ctx, x + column, y), drawSymbols(ctx, map, x + 2 * column, y));
  return drawText(ctx, map.attribution, x, bottom + 8, { size: sizes.tiny, colour: colours.muted, width: contentWidth });
}
