import type { MapModel } from '../../../core/report/report-model.js';
import { formatValue } from '../../../core/report/format-value.js';
import type { PdfContext } from './pdf-context.js';
import { drawText } from './draw-text.js';
import { drawMarkerNumber, type NumberedLocation } from './draw-map-labels.js';
import { drawHiddenShareDot } from './draw-map-layers.js';
import { basemapColours, bubbleRadius, carShareClasses, maxRadius, ringDash } from './map-style.js';
import { colours, contentWidth, page, sizes } from './pdf-theme.js';

const column = contentWidth / 3;
const titleStyle = { size: sizes.small, bold: true, colour: colours.ink, width: column - 10 } as const;
const labelStyle = { size: sizes.tiny, colour: colours.muted, lineBreak: false } as const;

/** Circle sizes of the model's steps (all at or above the suppression threshold). */
function drawSizes(ctx: PdfContext, map: MapModel, x: number, y: number): number {
  if (map.sizeSteps.length === 0) return y;
  const top = drawText(ctx, map.legend.carCommuters, x, y, titleStyle) + 4;
  const max = Math.max(0, ...map.cells.map((c) => c.carCommuters ?? 0));
  const base = top + 2 * maxRadius;
  let left = x + 2;
  for (const value of map.sizeSteps) {
    const r = bubbleRadius(value, max);
    ctx.doc.circle(left + maxRadius, base - r, r).lineWidth(0.8).fillOpacity(0.8).fillAndStroke(basemapColours.circle, colours.white).fillOpacity(1);
    drawText(ctx, formatValue(value, 'int', ctx.model.lang), left, base + 3, { ...labelStyle, width: 2 * maxRadius, align: 'center' });
    left += 2 * maxRadius + 8;
  }
  return base + 14;
}

function drawShares(ctx: PdfContext, map: MapModel, x: number, y: number): number {
  let top = drawText(ctx, map.legend.carShare, x, y, titleStyle) + 4;
  let from = 0;
  const pct = (share: number): string => formatValue(share * 100, 'int', ctx.model.lang);
  for (const c of carShareClasses) {
    ctx.doc.rect(x + 1, top, 12, 8).lineWidth(0.4).fillAndStroke(c.colour, basemapColours.areaLine);
    drawText(ctx, `${pct(from)}–${pct(c.upTo)}%`, x + 18, top, labelStyle);
    from = c.upTo;
    top += 11;
  }
  // Areas where employees live but whose car share is hidden: shown only when the map has them.
  if (map.cells.some((c) => c.carShare === null)) {
    ctx.doc.rect(x + 1, top, 12, 8).lineWidth(0.4).fillAndStroke(basemapColours.splitHidden, basemapColours.areaLine);
    drawHiddenShareDot(ctx.doc, x + 7, top + 4);
    top = drawText(ctx, map.legend.splitHidden, x + 18, top, { ...labelStyle, lineBreak: true, width: column - 28 }) + 3;
  }
  ctx.doc.rect(x + 1, top, 12, 8).lineWidth(0.4).fillAndStroke(basemapColours.land, basemapColours.areaLine);
  drawText(ctx, map.legend.noData, x + 18, top, { ...labelStyle, width: column - 28 });
  return top + 12;
}

function drawSymbols(ctx: PdfContext, map: MapModel, x: number, y: number, numbered: readonly NumberedLocation[]): number {
  const { doc } = ctx;
  let top = drawText(ctx, map.legend.other, x, y, titleStyle) + 4;
  const row = (draw: () => void, label: string): void => {
    draw();
    drawText(ctx, label, x + 20, top, { ...labelStyle, width: column - 24 });
    top += 12;
  };
  map.legend.rings.forEach((label, i) => {
    const style = ringDash(i);
    row(() => doc.moveTo(x, top + 4).lineTo(x + 15, top + 4).lineWidth(style.width).dash(style.dash, { space: style.space }).strokeColor(basemapColours.ring).stroke().undash(), label);
  });
  row(() => doc.circle(x + 7, top + 4, 4.5).lineWidth(1.3).fillAndStroke(colours.ink, colours.white), map.legend.location);
  // A few numbered locations get a legend row each; more would push the legend off the page (see drawNumberedLine).
  for (const l of numbered.length <= MAX_NUMBERED_ROWS ? numbered : []) {
    const at = top;
    row(() => {
      doc.circle(x + 7, at + 4, 5).lineWidth(1.3).fillAndStroke(colours.ink, colours.white);
      drawMarkerNumber(ctx, l.number, x + 7, at + 4);
    }, l.name);
  }
  row(() => doc.rect(x + 4.5, top + 1.5, 5, 5).lineWidth(0.8).fillAndStroke(colours.white, colours.ink), map.legend.station);
  return top;
}

/** Numbered locations up to this many get a legend row each; more are listed in one line under the legend. */
export const MAX_NUMBERED_ROWS = 4;

/** The numbered locations in one line when there are too many for legend rows ("Vestigingen met een nummer: 1 ..., 2 ..."); returns the y below it. */
export function drawNumberedLine(ctx: PdfContext, map: MapModel, numbered: readonly NumberedLocation[], y: number): number {
  if (numbered.length <= MAX_NUMBERED_ROWS) return y;
  // A no-break space keeps each number on the line of its name.
  const list = numbered.map((l) => `${l.number}\u00a0${l.name}`).join(', ');
  return drawText(ctx, `${map.legend.numbered}: ${list}.`, page.left, y, { size: sizes.small, colour: colours.ink, width: contentWidth }) + 6;
}

/** The legend under the map: circle sizes, car share classes, the other symbols and (a few) numbered locations. */
export function drawMapLegend(ctx: PdfContext, map: MapModel, y: number, numbered: readonly NumberedLocation[] = []): number {
  const x = page.left;
  return Math.max(drawSizes(ctx, map, x, y), drawShares(ctx, map, x + column, y), drawSymbols(ctx, map, x + 2 * column, y, numbered));
}
