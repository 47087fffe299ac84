import { haversineKm } from '../geo/haversine-km.js';

/** How far a postcode area's centre may lie from a place for the place to name it, km. */
const MAX_KM = 6; // a Dutch PC4 area is a few km across; beyond this the nearest place is a guess

/** The name of the place nearest a point (within 6 km), or null: to put a name beside a postcode area. */
export function nearestPlaceName(point: { lat: number; lon: number }, places: readonly { name: string; lat: number; lon: number }[]): string | null {
  let best: { name: string; km: number } | null = null;
  for (const p of places) {
    // a cheap box test first: 0.1 degree is about 7-11 km here
    if (Math.abs(p.lat - point.lat) > 0.1 || Math.abs(p.lon - point.lon) > 0.15) continue;
    const km = haversineKm(point, p);
    if (km <= MAX_KM && (!best || km < best.km)) best = { name: p.name, km };
  }
  return best?.name ?? null;
}
