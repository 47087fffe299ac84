/** A point on the WGS84 ellipsoid in decimal degrees. */
export interface LatLon {
  lat: number;
  lon: number;
}

/** Mean Earth radius, km (IUGG mean radius R1; https://en.wikipedia.org/wiki/Earth_radius#Mean_radius). */
export const EARTH_RADIUS_KM = 6371.0088;

/** Kilometres per degree of latitude on the mean sphere (2 pi R / 360). */
export const KM_PER_DEGREE_LAT = (2 * Math.PI * EARTH_RADIUS_KM) / 360;

/** True when both coordinates are finite and within the valid ranges. */
export function isLatLon(p: LatLon): boolean {
  return Number.isFinite(p.lat) && Number.isFinite(p.lon) && Math.abs(p.lat) <= 90 && Math.abs(p.lon) <= 180;
}
