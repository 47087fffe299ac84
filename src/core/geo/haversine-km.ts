import { EARTH_RADIUS_KM, type LatLon } from './lat-lon.js';

const RAD = Math.PI / 180;

/**
 * Great-circle distance in km between two points on the mean sphere.
 * Formula: https://en.wikipedia.org/wiki/Haversine_formula
 * @example haversineKm({ lat: 51.81, lon: 4.67 }, { lat: 51.92, lon: 4.48 }) // about 18 km (Dordrecht - Rotterdam)
 */
export function haversineKm(a: LatLon, b: LatLon): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLon = (b.lon - a.lon) * RAD;
  const s = Math.sin(dLat / 2);
  const t = Math.sin(dLon / 2);
  const h = s * s + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * t * t;
  // min() guards against rounding pushing h just above 1 for antipodal points.
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
