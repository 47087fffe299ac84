import type { MapModel } from '../../../core/report/report-model.js';
import type { Basemap, Ring } from './basemap.js';
import type { Box } from './chart-frame.js';
import type { Projection } from './map-projection.js';
import { basemapColours, carShareColour } from './map-style.js';
import type { PdfContext } from './pdf-context.js';

/** Points closer than this to the last one drawn are skipped: invisible, and each costs time and bytes. */
const MIN_STEP_PT = 0.6;

/** Adds rings to the current path as sub-paths (closed unless `close` is false; filled even-odd, so holes stay open). */
export function traceRings(doc: PDFKit.PDFDocument, rings: readonly Ring[], projection: Projection, close = true): void {
  for (const ring of rings) {
    let last = { x: NaN, y: NaN };
    ring.forEach((p, i) => {
      const at = projection.project(p);
      if (i === 0) doc.moveTo(at.x, at.y);
      else if (i === ring.length - 1 || Math.abs(at.x - last.x) + Math.abs(at.y - last.y) >= MIN_STEP_PT) doc.lineTo(at.x, at.y);
      else return;
      last = at;
    });
    if (close) doc.closePath();
  }
}

/** The PC4 codes whose point lies in the frame or just outside it (an area reaches a few km). */
function pc4InView(basemap: Basemap, projection: Projection, box: Box): string[] {
  const marginKm = 7;
  const topLeft = projection.unproject(box.x - marginKm * projection.pointsPerKm, box.y - marginKm * projection.pointsPerKm);
  const bottomRight = projection.unproject(box.x + box.width + marginKm * projection.pointsPerKm, box.y + box.height + marginKm * projection.pointsPerKm);
  return basemap.pc4Within(bottomRight.lat, topLeft.lon, topLeft.lat, bottomRight.lon);
}

/**
 * Sea, land (the Netherlands lighter than its neighbours), every PC4 area in view as a thin
 * outline, the areas with figures filled by car share, and the country borders dashed.
 * Returns the PC4 codes whose area was filled (the rest of the cells get only a circle).
 */
export function drawBasemap(ctx: PdfContext, map: MapModel, projection: Projection, box: Box, basemap: Basemap): Set<string> {
  const { doc } = ctx;
  doc.rect(box.x, box.y, box.width, box.height).fill(basemapColours.sea);
  for (const [code, rings] of Object.entries(basemap.land)) {
    traceRings(doc, rings, projection);
    doc.fill(code === 'NL' ? basemapColours.land : basemapColours.neighbour, 'even-odd');
  }
  const filled = new Set<string>();
  for (const cell of map.cells) {
    const area = basemap.pc4(cell.pc4);
    // Employees live here but the car share is hidden (a split of a small group): a neutral fill says so.
    const colour = cell.carShare === null ? basemapColours.splitHidden : carShareColour(cell.carShare);
    if (!area || area.rings.length === 0 || colour === null) continue;
    traceRings(doc, area.rings, projection);
    doc.fill(colour, 'even-odd');
    filled.add(cell.pc4);
  }
  // All outlines in one path: a few thousand segments stroked at once.
  for (const code of pc4InView(basemap, projection, box)) traceRings(doc, basemap.pc4(code)!.rings, projection);
  doc.lineWidth(0.35).strokeColor(basemapColours.areaLine).stroke();
  traceRings(doc, basemap.borders, projection, false);
  doc.lineWidth(0.9).dash(4, { space: 2 }).strokeColor(basemapColours.border).stroke().undash();
  return filled;
}
