import type { LatLon } from '../geo/lat-lon.js';
import type { Employee } from '../ingest/types.js';
import type { Geocoder } from './scan-context.js';

/** How precisely a home was placed (docs/method.md, Placing employees); 'distance-only' is decided later, from HR's distance. */
export type Precision = 'pc6' | 'pc4' | 'place' | 'distance-only' | 'none';

/** Where the geocoder put a home. A foreign postcode counts as 'pc4' (postcode level). */
export type HomePlacement =
  | { precision: 'pc6' | 'pc4' | 'place'; lat: number; lon: number; ambiguous: boolean }
  | { precision: 'none' };

/**
 * Places a home at the most precise level the geocoder answers: PC6, PC4 (or a foreign
 * postcode), then the home place name near the work location.
 */
export function placeHome(
  e: Pick<Employee, 'country' | 'pc6' | 'pc4' | 'foreignPostcode' | 'homePlace'>,
  geocoder: Geocoder,
  near: LatLon,
): HomePlacement {
  const at = (precision: 'pc6' | 'pc4', p: LatLon | undefined): HomePlacement | undefined =>
    p ? { precision, lat: p.lat, lon: p.lon, ambiguous: false } : undefined;
  const pc4 = e.pc4 ?? e.pc6?.slice(0, 4);
  const found =
    (e.pc6 !== undefined && geocoder.pc6 ? at('pc6', geocoder.pc6(e.pc6)) : undefined) ??
    (pc4 !== undefined ? at('pc4', geocoder.pc4(pc4)) : undefined) ??
    (e.country !== 'NL' && e.foreignPostcode !== undefined && geocoder.foreign
      ? at('pc4', geocoder.foreign(e.country, e.foreignPostcode))
      : undefined);
  if (found) return found;
  if (e.homePlace !== undefined && e.homePlace !== '') {
    const hit = geocoder.place(e.homePlace, e.country, near);
    if (hit) return { precision: 'place', lat: hit.lat, lon: hit.lon, ambiguous: hit.ambiguous };
  }
  return { precision: 'none' };
}
