import type { LatLon } from './lat-lon.js';

/** The smallest lat/lon rectangle around a set of points (no antimeridian handling: NL, BE, DE only). */
export interface BoundingBox {
  minLat: number;
  minLon: number;
  maxLat: number;
  maxLon: number;
}

/** Bounding box of the points, or undefined for an empty list. */
export function boundingBox(points: readonly LatLon[]): BoundingBox | undefined {
  if (points.length === 0) return undefined;
  let minLat = Infinity;
  let minLon = Infinity;
  let maxLat = -Infinity;
  let maxLon = -Infinity;
  for (const p of points) {
    if (p.lat < minLat) minLat = p.lat;
    if (p.lat > maxLat) maxLat = p.lat;
    if (p.lon < minLon) minLon = p.lon;
    if (p.lon > maxLon) maxLon = p.lon;
  }
  return { minLat, minLon, maxLat, maxLon };
}

/** True when the point lies inside the box (edges included). */
export function boxContains(box: BoundingBox, p: LatLon): boolean {
  return p.lat >= box.minLat && p.lat <= box.maxLat && p.lon >= box.minLon && p.lon <= box.maxLon;
}
