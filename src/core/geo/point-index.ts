import { boundingBox } from './bounding-box.js';
import { EARTH_RADIUS_KM, KM_PER_DEGREE_LAT, type LatLon } from './lat-lon.js';

/** The nearest indexed point to a query; read-only, as the index hands the same answer to a repeated query. */
export interface NearestPoint<T extends LatLon> {
  item: T;
  /** Position of the item in the list given to createPointIndex. */
  index: number;
  distanceKm: number;
}

/** A static spatial index over points, answering nearest-point queries. */
export interface PointIndex<T extends LatLon> {
  readonly size: number;
  /** The nearest point by great-circle distance, or undefined when the index is empty. */
  nearest(p: LatLon): NearestPoint<T> | undefined;
}

const RAD = Math.PI / 180;
const POINTS_PER_CELL = 2; // few points per cell keeps each ring cheap; measured, not critical
// Queries remembered: homes placed at PC4 centroids repeat a few thousand points over a million
// employees; the bound keeps unique queries (PC6 homes) from growing memory.
const REMEMBERED_QUERIES = 1 << 16;

/**
 * A uniform lat/lon grid with the points stored cell by cell in flat arrays (compressed rows),
 * searched ring by ring outwards from the query's cell. Built for thousands of stations and
 * millions of queries within one country; no antimeridian handling.
 */
export function createPointIndex<T extends LatLon>(points: readonly T[]): PointIndex<T> {
  const box = boundingBox(points);
  if (!box) return { size: 0, nearest: () => undefined };
  const cosMin = Math.max(0.01, Math.cos(Math.max(Math.abs(box.minLat), Math.abs(box.maxLat)) * RAD));
  const cosMid = Math.cos(((box.minLat + box.maxLat) / 2) * RAD);
  const heightKm = Math.max((box.maxLat - box.minLat) * KM_PER_DEGREE_LAT, 0.001);
  const widthKm = Math.max((box.maxLon - box.minLon) * KM_PER_DEGREE_LAT * cosMid, 0.001);
  const cellKm = Math.max(0.25, Math.sqrt((heightKm * widthKm * POINTS_PER_CELL) / points.length));
  const cellLat = cellKm / KM_PER_DEGREE_LAT;
  const cellLon = cellKm / (KM_PER_DEGREE_LAT * cosMid);
  const nx = Math.floor((box.maxLon - box.minLon) / cellLon) + 1;
  const ny = Math.floor((box.maxLat - box.minLat) / cellLat) + 1;
  // Lower bound of the size of one cell in km anywhere in the grid, with a margin for the sphere.
  const minCellKm = Math.min(cellLat * KM_PER_DEGREE_LAT, cellLon * KM_PER_DEGREE_LAT * cosMin) * 0.99;

  const cellOf = (p: LatLon): number =>
    Math.floor((p.lat - box.minLat) / cellLat) * nx + Math.floor((p.lon - box.minLon) / cellLon);
  const start = new Int32Array(nx * ny + 1);
  for (const p of points) start[cellOf(p) + 1]! += 1;
  for (let c = 0; c < nx * ny; c++) start[c + 1]! += start[c]!;
  const fill = start.slice(0, nx * ny);
  const order = new Int32Array(points.length);
  points.forEach((p, i) => {
    order[fill[cellOf(p)]!++] = i;
  });
  // Radians and cosines once, so a query compares the haversine term h (monotone in distance)
  // without asin or sqrt; only the winner is turned into km.
  const latRad = Float64Array.from(points, (p) => p.lat * RAD);
  const lonRad = Float64Array.from(points, (p) => p.lon * RAD);
  const cosLat = latRad.map(Math.cos);
  const toKm = (h: number): number => 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));

  // lat -> lon -> answer; exact coordinates, so a remembered answer is the one a search gives
  const answers = new Map<number, Map<number, NearestPoint<T>>>();
  let remembered = 0;

  function nearest(q: LatLon): NearestPoint<T> | undefined {
    const byLon = answers.get(q.lat);
    const known = byLon?.get(q.lon);
    if (known) return known;
    const found = search(q);
    if (found && remembered < REMEMBERED_QUERIES) {
      if (byLon) byLon.set(q.lon, found);
      else answers.set(q.lat, new Map([[q.lon, found]]));
      remembered++;
    }
    return found;
  }

  function search(q: LatLon): NearestPoint<T> | undefined {
    const qx = Math.floor((q.lon - box!.minLon) / cellLon);
    const qy = Math.floor((q.lat - box!.minLat) / cellLat);
    // Skip the empty rings between a query outside the grid and the grid itself.
    const r0 = Math.max(0, -qx, qx - (nx - 1), -qy, qy - (ny - 1));
    const rMax = Math.max(qx, nx - 1 - qx, qy, ny - 1 - qy);
    let best = -1;
    let bestH = Infinity;
    const qLat = q.lat * RAD;
    const qLon = q.lon * RAD;
    const qCos = Math.cos(qLat);
    for (let r = r0; r <= rMax; r++) {
      const y0 = Math.max(0, qy - r);
      const y1 = Math.min(ny - 1, qy + r);
      for (let y = y0; y <= y1; y++) {
        const edge = y === qy - r || y === qy + r;
        const step = edge ? 1 : 2 * r; // inner rows: only the two side cells belong to ring r
        for (let x = qx - r; x <= qx + r; x += step || 1) {
          if (x < 0 || x >= nx) continue;
          const c = y * nx + x;
          for (let k = start[c]!; k < start[c + 1]!; k++) {
            const i = order[k]!;
            const s = Math.sin((latRad[i]! - qLat) / 2);
            const t = Math.sin((lonRad[i]! - qLon) / 2);
            const h = s * s + qCos * cosLat[i]! * t * t;
            if (h < bestH) {
              bestH = h;
              best = i;
            }
          }
        }
      }
      // Any point in ring r + 1 or further lies at least r whole cells away.
      if (best >= 0 && toKm(bestH) <= r * minCellKm) break;
    }
    return best < 0 ? undefined : { item: points[best]!, index: best, distanceKm: toKm(bestH) };
  }

  return { size: points.length, nearest };
}
