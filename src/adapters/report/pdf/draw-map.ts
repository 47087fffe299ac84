import type { MapModel } from '../../../core/report/report-model.js';
import type { PdfContext } from './pdf-context.js';
import type { Box } from './chart-frame.js';
import { drawText } from './draw-text.js';
import { drawCells, drawPlaces, drawRings } from './draw-map-layers.js';
import { drawMapLegend } from './draw-map-legend.js';
import { maxRadius } from './map-style.js';
import { fitProjection, mapExtent, type Projection } from './map-projection.js';
import { drawSubheading, newPage } from './page-flow.js';
import { colours, contentWidth, page, sizes } from './pdf-theme.js';

const mapHeight = 450;
// Room for the largest circle at the edge of the frame.
const inset = maxRadius + 4;

/** A scale bar of a round number of km, about a fifth of the map wide. */
function drawScaleBar(ctx: PdfContext, projection: Projection, box: Box): void {
  const km = [100, 50, 20, 10, 5, 2, 1].find((k) => k * projection.pointsPerKm <= box.width / 5) ?? 1;
  const length = km * projection.pointsPerKm;
  const x = box.x + 12;
  const y = box.y + box.height - 14;
  const { doc } = ctx;
  doc.rect(x - 4, y - 12, length + 8, 18).fillOpacity(0.8).fill(colours.white).fillOpacity(1);
  doc.rect(x, y, length / 2, 3).fill(colours.ink);
  doc.rect(x + length / 2, y, length / 2, 3).lineWidth(0.5).fillAndStroke(colours.white, colours.ink);
  drawText(ctx, `${km} km`, x, y - 10, { size: sizes.tiny, colour: colours.ink, width: length, align: 'center', lineBreak: false });
}

function drawNorth(ctx: PdfContext, box: Box): void {
  const x = box.x + box.width - 18;
  const y = box.y + 14;
  ctx.doc.polygon([x, y], [x - 5, y + 13], [x, y + 10], [x + 5, y + 13]).fill(colours.ink);
  drawText(ctx, 'N', x - 10, y + 14, { size: sizes.tiny, bold: true, width: 20, align: 'center', lineBreak: false });
}

/** The map part: where employees live around each location, offline and without tiles. */
export function drawMap(ctx: PdfContext, map: MapModel | null): void {
  if (!map || (map.locations.length === 0 && map.cells.length === 0)) return;
  newPage(ctx, ctx.model.labels.map);
  drawSubheading(ctx, map.title, mapHeight);
  const box: Box = { x: page.left, y: ctx.doc.y, width: contentWidth, height: mapHeight };
  const projection = fitProjection(mapExtent(map), { x: box.x + inset, y: box.y + inset, width: box.width - 2 * inset, height: box.height - 2 * inset });
  const { doc } = ctx;
  doc.rect(box.x, box.y, box.width, box.height).fill('#f3f6f8');
  doc.save();
  doc.rect(box.x, box.y, box.width, box.height).clip();
  drawRings(ctx, map, projection);
  drawCells(ctx, map, projection);
  drawPlaces(ctx, map, projection);
  doc.restore();
  doc.rect(box.x, box.y, box.width, box.height).lineWidth(0.6).stroke(colours.rule);
  drawScaleBar(ctx, projection, box);
  drawNorth(ctx, box);
  ctx.doc.y = drawMapLegend(ctx, map, box.y + box.height + 14) + 10;
}
