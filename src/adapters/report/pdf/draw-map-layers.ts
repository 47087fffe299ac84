import type { MapModel } from '../../../core/report/report-model.js';
import type { PdfContext } from './pdf-context.js';
import { drawText, textWidth } from './draw-text.js';
import { distanceKm, type Projection } from './map-projection.js';
import { bubbleRadius, carShareColour, ringDash } from './map-style.js';
import { colours } from './pdf-theme.js';
import { aroundPoint, placeLabel, type Rect } from './place-label.js';

/** How many stations get a name on the map: the ones nearest to a location. */
const labelledStations = 4;

/** Rings of ringsKm around each location, true circles in km. */
export function drawRings(ctx: PdfContext, map: MapModel, projection: Projection): void {
  const { doc } = ctx;
  const rings = [...map.ringsKm].sort((a, b) => a - b);
  for (const location of map.locations) {
    const { x, y } = projection.project(location);
    rings.forEach((km, i) => {
      const style = ringDash(i);
      doc.circle(x, y, km * projection.pointsPerKm).lineWidth(1).dash(style.dash, { space: style.space });
      doc.strokeOpacity(style.opacity).stroke(colours.accent).undash().strokeOpacity(1);
    });
  }
}

/** One circle per PC4, area by employees, colour by car share; big circles first. */
export function drawCells(ctx: PdfContext, map: MapModel, projection: Projection): void {
  const { doc } = ctx;
  const max = Math.max(0, ...map.cells.map((c) => c.employees));
  for (const cell of [...map.cells].sort((a, b) => b.employees - a.employees)) {
    const { x, y } = projection.project(cell);
    doc.circle(x, y, bubbleRadius(cell.employees, max)).lineWidth(0.6).fillOpacity(0.85);
    doc.fillAndStroke(carShareColour(cell.carShare), colours.white).fillOpacity(1);
  }
}

function halo(ctx: PdfContext, text: string, at: Rect, size: number, bold: boolean): void {
  ctx.doc.roundedRect(at.x, at.y, at.width, at.height, 2).fillOpacity(0.8).fill(colours.white).fillOpacity(1);
  drawText(ctx, text, at.x + 2, at.y + 1.5, { size, bold, colour: bold ? colours.ink : colours.muted, lineBreak: false });
}

function labelSize(ctx: PdfContext, text: string, size: number, bold: boolean): { width: number; height: number } {
  return { width: textWidth(ctx, text, { size, bold }) + 4, height: size + 3 };
}

/**
 * Station squares and location markers with their names. Location names go first (above the
 * marker); the few stations nearest to a location get a name where it does not cover another.
 */
export function drawPlaces(ctx: PdfContext, map: MapModel, projection: Projection): void {
  const { doc } = ctx;
  const taken: Rect[] = [];
  const locations = map.locations.map((l) => {
    const { x, y } = projection.project(l);
    const size = labelSize(ctx, l.name, 8, true);
    taken.push({ x: x - 6, y: y - 6, width: 12, height: 12 });
    return { name: l.name, x, y, label: placeLabel(taken, [{ x: x - size.width / 2, y: y - 18, ...size }, ...aroundPoint(x, y, size.width, size.height, 8)]) };
  });
  const near = (s: MapModel['stations'][number]): number => Math.min(Infinity, ...map.locations.map((l) => distanceKm(l, s)));
  const named = new Set([...map.stations].sort((a, b) => near(a) - near(b)).slice(0, labelledStations));
  // Markers under the small station squares, names on top of both.
  for (const l of locations) doc.circle(l.x, l.y, 5).lineWidth(1.5).fillAndStroke(colours.ink, colours.white);
  const stationLabels: { name: string; at: Rect }[] = [];
  for (const station of map.stations) {
    const { x, y } = projection.project(station);
    doc.rect(x - 2.5, y - 2.5, 5, 5).lineWidth(0.8).fillAndStroke(colours.white, colours.ink);
    if (!named.has(station)) continue;
    const size = labelSize(ctx, station.name, 6.5, false);
    const at = placeLabel(taken, [...aroundPoint(x, y, size.width, size.height, 5), ...aroundPoint(x, y, size.width, size.height, 14)]);
    if (at) stationLabels.push({ name: station.name, at });
  }
  for (const { name, at } of stationLabels) halo(ctx, name, at, 6.5, false);
  for (const l of locations) if (l.label) halo(ctx, l.name, l.label, 8, true);
}
