import type { MapModel } from '../../../core/report/report-model.js';
import type { Box } from './chart-frame.js';

/** A point on the earth in degrees. */
export interface LatLon {
  lat: number;
  lon: number;
}

/** Kilometres per degree of latitude: mean earth radius 6371 km times pi / 180. */
export const kmPerDegree = (6371 * Math.PI) / 180;

/** Straight-line distance in km, equirectangular: accurate to well under 1% at map scale. */
export function distanceKm(a: LatLon, b: LatLon): number {
  const cos = Math.cos((((a.lat + b.lat) / 2) * Math.PI) / 180);
  return Math.hypot((a.lon - b.lon) * cos * kmPerDegree, (a.lat - b.lat) * kmPerDegree);
}

/** Maps degrees to points inside a box, with the same scale in km on both axes. */
export interface Projection {
  project: (p: LatLon) => { x: number; y: number };
  pointsPerKm: number;
}

/**
 * An equirectangular projection with cos(lat) correction, fitted and centred so all `points`
 * lie inside `box`; https://en.wikipedia.org/wiki/Equirectangular_projection
 */
export function fitProjection(points: LatLon[], box: Box): Projection {
  const lats = points.map((p) => p.lat);
  const lat0 = points.length > 0 ? (Math.min(...lats) + Math.max(...lats)) / 2 : 52;
  const cos = Math.cos((lat0 * Math.PI) / 180);
  const km = points.map((p) => ({ x: p.lon * cos * kmPerDegree, y: p.lat * kmPerDegree }));
  const xs = km.map((p) => p.x);
  const ys = km.map((p) => p.y);
  const minX = Math.min(...xs, Infinity);
  const maxY = Math.max(...ys, -Infinity);
  const spanX = Math.max(1, Math.max(...xs, -Infinity) - minX);
  const spanY = Math.max(1, maxY - Math.min(...ys, Infinity));
  const pointsPerKm = Math.min(box.width / spanX, box.height / spanY);
  const offsetX = box.x + (box.width - spanX * pointsPerKm) / 2;
  const offsetY = box.y + (box.height - spanY * pointsPerKm) / 2;
  return {
    pointsPerKm,
    project: (p) => ({
      x: offsetX + (p.lon * cos * kmPerDegree - minX) * pointsPerKm,
      y: offsetY + (maxY - p.lat * kmPerDegree) * pointsPerKm,
    }),
  };
}

/**
 * The points the map must show: every location with its largest ring (plus a margin) and the
 * cells within `withinKm` of a location; cells farther out fall outside the frame.
 */
export function mapExtent(map: MapModel, withinKm = 40, marginKm = 2): LatLon[] {
  const reach = Math.max(0, ...map.ringsKm) + marginKm;
  const points: LatLon[] = [];
  for (const l of map.locations) {
    const dLat = reach / kmPerDegree;
    const dLon = reach / (kmPerDegree * Math.cos((l.lat * Math.PI) / 180));
    points.push(l, { lat: l.lat + dLat, lon: l.lon }, { lat: l.lat - dLat, lon: l.lon }, { lat: l.lat, lon: l.lon + dLon }, { lat: l.lat, lon: l.lon - dLon });
  }
  for (const cell of map.cells) {
    // Without locations there is nothing to centre on: show every cell.
    if (map.locations.length === 0 || map.locations.some((l) => distanceKm(l, cell) <= withinKm)) points.push(cell);
  }
  return points;
}
