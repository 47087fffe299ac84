/**
 * Approximate PC4 areas from PC4 points (for scripts/derive-basemap.mjs): the Voronoi cell of
 * each point (d3-delaunay), clipped to the land and to a disc of `reachKm` around the point
 * (polygon-clipping), so a sparse PC4 beside a lake or the sea does not reach far over water.
 */
import { Delaunay } from 'd3-delaunay';
import polygonClipping from 'polygon-clipping';

const KM_PER_DEGREE = (6371 * Math.PI) / 180;

/** A closed ring of [lon, lat] around `p` with radius `km` (32 sides). */
export function discAround(p, km, cos) {
  const ring = [];
  for (let i = 0; i <= 32; i++) {
    const a = (i / 32) * 2 * Math.PI;
    ring.push([p.lon + (Math.cos(a) * km) / (KM_PER_DEGREE * cos), p.lat + (Math.sin(a) * km) / KM_PER_DEGREE]);
  }
  return [ring];
}

/**
 * One area per point: `points` are {lat, lon}, `land` a polygon-clipping MultiPolygon of
 * [lon, lat], `box` {west, south, east, north}. Returns a MultiPolygon per point (empty when
 * its cell lies on no land). The cells are computed with the east-west scale of `latRef`, so
 * their edges are true bisectors in km.
 */
export function pc4Areas(points, land, box, reachKm, latRef = 52.2) {
  const cos = Math.cos((latRef * Math.PI) / 180);
  const delaunay = Delaunay.from(points, (p) => p.lon * cos, (p) => p.lat);
  const voronoi = delaunay.voronoi([box.west * cos, box.south, box.east * cos, box.north]);
  return points.map((p, i) => {
    const cell = voronoi.cellPolygon(i);
    if (!cell) return [];
    return polygonClipping.intersection([cell.map(([x, y]) => [x / cos, y])], land, discAround(p, reachKm, cos));
  });
}
