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
  /** The point in degrees at a page position (the inverse of project). */
  unproject: (x: number, y: number) => LatLon;
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
    unproject: (x, y) => ({
      lat: (maxY - (y - offsetY) / pointsPerKm) / kmPerDegree,
      lon: ((x - offsetX) / pointsPerKm + minX) / (cos * kmPerDegree),
    }),
  };
}

/** The points the map must show: each location with the map's reach around it (north, south, east, west). */
export function mapExtent(map: Pick<MapModel, 'locations' | 'reachKm'>): LatLon[] {
  const points: LatLon[] = [];
  for (const l of map.locations) {
    const dLat = map.reachKm / kmPerDegree;
    const dLon = map.reachKm / (kmPerDegree * Math.cos((l.lat * Math.PI) / 180));
    points.push(l, { lat: l.lat + dLat, lon: l.lon }, { lat: l.lat - dLat, lon: l.lon }, { lat: l.lat, lon: l.lon + dLon }, { lat: l.lat, lon: l.lon - dLon });
  }
  return points;
}
