import type { MapModel } from '../../../core/report/report-model.js';
import type { Box } from './chart-frame.js';
import { drawText, textWidth } from './draw-text.js';
import { layoutMapLabels, namedOnMap, type LabelKind, type LabelRequest } from './layout-map-labels.js';
import type { Projection } from './map-projection.js';
import { basemapColours } from './map-style.js';
import type { PdfContext } from './pdf-context.js';
import { colours } from './pdf-theme.js';
import type { Rect } from './place-label.js';

const STYLE: Record<LabelKind, { size: number; bold: boolean; colour: string }> = {
  location: { size: 8, bold: true, colour: colours.ink },
  place: { size: 7.5, bold: false, colour: basemapColours.place },
  station: { size: 6.5, bold: false, colour: colours.muted },
};

const inside = (box: Box, p: { x: number; y: number }): boolean => p.x >= box.x && p.x <= box.x + box.width && p.y >= box.y && p.y <= box.y + box.height;

/** A location whose name found no room on the map: its marker carries `number`, the legend its name. */
export interface NumberedLocation {
  number: number;
  name: string;
}

/**
 * Location markers, the names, and the squares of the stations named: every location, the biggest places
 * that fit and the stations nearest to the locations, none covering another or doubled. A
 * location whose name fits nowhere (several close together) gets a number in its marker instead,
 * returned for the legend: a reader must be able to tell every location apart.
 */
export function drawMarkersAndLabels(ctx: PdfContext, map: MapModel, projection: Projection, box: Box, reserved: Rect[], circles: Rect[]): NumberedLocation[] {
  const { doc } = ctx;
  // Measuring text is the slow part: only names whose point lies in the frame are measured.
  const requests = (kind: LabelKind, points: readonly { name: string; lat: number; lon: number }[]): LabelRequest[] =>
    points.flatMap((p) => {
      const at = projection.project(p);
      const style = STYLE[kind];
      return inside(box, at) ? [{ name: p.name, kind, ...at, width: textWidth(ctx, p.name, style) + 4, height: style.size + 3 }] : [];
    });
  const stations = requests('station', map.stations);
  const locations = requests('location', map.locations);
  const places = requests('place', map.places);
  const markers: Rect[] = [
    ...stations.map((s) => ({ x: s.x - 3, y: s.y - 3, width: 6, height: 6 })),
    ...locations.map((l) => ({ x: l.x - 6, y: l.y - 6, width: 12, height: 12 })),
  ];
  const labels = layoutMapLabels([...locations, ...places, ...stations], markers, reserved, box, circles);
  for (const s of namedOnMap(stations, labels)) doc.rect(s.x - 2.5, s.y - 2.5, 5, 5).lineWidth(0.8).fillAndStroke(colours.white, colours.ink);
  for (const l of locations) doc.circle(l.x, l.y, 5).lineWidth(1.5).fillAndStroke(colours.ink, colours.white);
  for (const { name, kind, at } of labels) {
    const style = STYLE[kind];
    doc.roundedRect(at.x, at.y, at.width, at.height, 2).fillOpacity(kind === 'place' ? 0.55 : 0.8).fill(colours.white).fillOpacity(1);
    drawText(ctx, name, at.x + 2, at.y + 1.5, { ...style, lineBreak: false });
  }
  const namedLocations = new Set(labels.filter((l) => l.kind === 'location').map((l) => l.name));
  const numbered = locations.filter((l) => !namedLocations.has(l.name)).map((l, i) => ({ ...l, number: i + 1 }));
  for (const l of numbered) drawMarkerNumber(ctx, l.number, l.x, l.y);
  return numbered.map(({ number, name }) => ({ number, name }));
}

/** A location marker's number, white on the dark marker (also used by the legend). */
export function drawMarkerNumber(ctx: PdfContext, number: number, x: number, y: number): void {
  const size = number < 10 ? 6.5 : 5;
  drawText(ctx, String(number), x - 5, y - size / 2 - 0.5, { size, bold: true, colour: colours.white, width: 10, align: 'center', lineBreak: false });
}
