import type { MapModel } from '../../../core/report/report-model.js';
import type { PdfContext } from './pdf-context.js';
import type { Box } from './chart-frame.js';
import { loadBasemap } from './basemap.js';
import { drawBasemap } from './draw-basemap.js';
import { drawText } from './draw-text.js';
import { drawCircles, drawRings } from './draw-map-layers.js';
import { drawMarkersAndLabels } from './draw-map-labels.js';
import { drawMapLegend, drawNumberedLine } from './draw-map-legend.js';
import { fitProjection, mapExtent, type Projection } from './map-projection.js';
import type { Rect } from './place-label.js';
import { drawSubheading, newPage } from './page-flow.js';
import { colours, contentWidth, page, sizes } from './pdf-theme.js';

const mapHeight = 430;

/** A scale bar of a round number of km, about a fifth of the map wide; returns the box it covers. */
function drawScaleBar(ctx: PdfContext, projection: Projection, box: Box): Rect {
  const km = [100, 50, 20, 10, 5, 2, 1].find((k) => k * projection.pointsPerKm <= box.width / 5) ?? 1;
  const length = km * projection.pointsPerKm;
  const x = box.x + 12;
  const y = box.y + box.height - 14;
  const { doc } = ctx;
  doc.rect(x - 4, y - 12, length + 8, 18).fillOpacity(0.85).fill(colours.white).fillOpacity(1);
  doc.rect(x, y, length / 2, 3).fill(colours.ink);
  doc.rect(x + length / 2, y, length / 2, 3).lineWidth(0.5).fillAndStroke(colours.white, colours.ink);
  drawText(ctx, `${km} km`, x, y - 10, { size: sizes.tiny, colour: colours.ink, width: length, align: 'center', lineBreak: false });
  return { x: x - 4, y: y - 12, width: length + 8, height: 18 };
}

function drawNorth(ctx: PdfContext, box: Box): Rect {
  const x = box.x + box.width - 18;
  const y = box.y + 14;
  ctx.doc.polygon([x, y], [x - 5, y + 13], [x, y + 10], [x + 5, y + 13]).fill(colours.ink);
  drawText(ctx, 'N', x - 10, y + 14, { size: sizes.tiny, bold: true, width: 20, align: 'center', lineBreak: false });
  return { x: x - 10, y: y - 2, width: 20, height: 26 };
}

/**
 * The map part: where the car commuters live around the locations, on land, water, borders and
 * PC4 areas from the built-in basemap (offline, no tiles), with the legend, a line on who is not
 * on the map and the data sources under it.
 */
export function drawMap(ctx: PdfContext, map: MapModel | null): void {
  if (!map || map.locations.length === 0) return;
  newPage(ctx, ctx.model.labels.map);
  drawSubheading(ctx, map.title, mapHeight);
  const box: Box = { x: page.left, y: ctx.doc.y, width: contentWidth, height: mapHeight };
  const projection = fitProjection(mapExtent(map), box);
  const { doc } = ctx;
  doc.save();
  doc.rect(box.x, box.y, box.width, box.height).clip();
  const basemap = loadBasemap();
  drawBasemap(ctx, map, projection, box, basemap);
  drawRings(ctx, map, projection);
  const circles = drawCircles(ctx, map, projection, basemap);
  doc.restore();
  const reserved = [drawScaleBar(ctx, projection, box), drawNorth(ctx, box)];
  doc.save();
  doc.rect(box.x, box.y, box.width, box.height).clip();
  const numbered = drawMarkersAndLabels(ctx, map, projection, box, reserved, circles);
  doc.restore();
  doc.rect(box.x, box.y, box.width, box.height).lineWidth(0.6).stroke(colours.rule);
  let y = drawNumberedLine(ctx, map, numbered, drawMapLegend(ctx, map, box.y + box.height + 12, numbered) + 8);
  y = drawText(ctx, [map.shownNote, map.notShownNote].filter(Boolean).join(' '), page.left, y, { size: sizes.small, colour: colours.ink, width: contentWidth }) + 6;
  ctx.doc.y = drawText(ctx, map.attribution, page.left, y, { size: sizes.tiny, colour: colours.muted, width: contentWidth }) + 10;
}
