import type { MapModel } from '../../../core/report/report-model.js';
import type { PdfContext } from './pdf-context.js';
import type { Projection } from './map-projection.js';
import { basemapColours, bubbleRadius, ringDash } from './map-style.js';
import { ringOutline } from './ring-outline.js';
import { colours } from './pdf-theme.js';
import type { Basemap } from './basemap.js';
import type { Rect } from './place-label.js';

/** One outline per radius around all locations together: the bike and e-bike reach. */
export function drawRings(ctx: PdfContext, map: MapModel, projection: Projection): void {
  const { doc } = ctx;
  const centres = map.locations.map((l) => projection.project(l));
  [...map.ringsKm].sort((a, b) => a - b).forEach((km, i) => {
    const style = ringDash(i);
    for (const line of ringOutline(centres, km * projection.pointsPerKm)) {
      line.forEach((p, k) => (k === 0 ? doc.moveTo(p.x, p.y) : doc.lineTo(p.x, p.y)));
    }
    doc.lineWidth(style.width).dash(style.dash, { space: style.space }).strokeColor(basemapColours.ring).stroke().undash();
  });
}

/**
 * One circle per PC4 with car commuters, area by their number; big circles first so small ones
 * stay visible. A circle sits on the PC4's point in the basemap, where its area is drawn (a scan
 * without postcode geodata places a PC4 at its home town, which would stack the town's PC4s).
 * An area whose car share is hidden gets a small grey dot: a city PC4 is a speck at this scale,
 * and without it the employees counted as on the map would be nowhere to be seen.
 * Returns the boxes the circles cover, for the labels to avoid.
 */
export function drawCircles(ctx: PdfContext, map: MapModel, projection: Projection, basemap: Basemap): Rect[] {
  const { doc } = ctx;
  const hidden: Rect[] = map.cells.filter((c) => c.carShare === null).map((cell) => {
    const { x, y } = projection.project(basemap.pc4(cell.pc4)?.point ?? cell);
    drawHiddenShareDot(doc, x, y);
    return { x: x - hiddenDotRadius, y: y - hiddenDotRadius, width: 2 * hiddenDotRadius, height: 2 * hiddenDotRadius };
  });
  const counted = map.cells.flatMap((c) => (c.carCommuters !== null && c.carCommuters > 0 ? [{ ...c, carCommuters: c.carCommuters }] : []));
  const max = Math.max(0, ...counted.map((c) => c.carCommuters));
  const covered: Rect[] = [];
  for (const cell of counted.sort((a, b) => b.carCommuters - a.carCommuters)) {
    const { x, y } = projection.project(basemap.pc4(cell.pc4)?.point ?? cell);
    const r = bubbleRadius(cell.carCommuters, max);
    doc.circle(x, y, r).lineWidth(0.8).fillOpacity(0.8);
    doc.fillAndStroke(basemapColours.circle, colours.white).fillOpacity(1);
    covered.push({ x: x - r, y: y - r, width: 2 * r, height: 2 * r });
  }
  return [...hidden, ...covered];
}

const hiddenDotRadius = 3.2;

/** The grey dot of an area with employees whose car share is hidden (also drawn in the legend). */
export function drawHiddenShareDot(doc: PDFKit.PDFDocument, x: number, y: number): void {
  doc.circle(x, y, hiddenDotRadius).lineWidth(0.8).fillAndStroke(basemapColours.splitHidden, basemapColours.splitHiddenLine);
}
