import { haversineKm } from './haversine-km.js';
import type { Place } from './place-index.js';
import { foldPlaceName } from './place-name.js';
import { clusterPoints } from './postcode-merge.js';
import type { ResolvedPostcode } from './postcode-resolve.js';

/**
 * Place centroids from an imported postcode file: the mean of the (cleaned) PC4 or foreign
 * postcode centroids that name the place. GeoNames' NL file names about 2,400 places, many
 * villages below the 1,000 inhabitants of the built-in table. One name in one province that
 * lies in two spots far apart (two villages) gives two places, so a lookup reports it ambiguous.
 */
export function placesFromPostcodes(resolved: readonly ResolvedPostcode[]): Place[] {
  const groups = new Map<string, Array<{ lat: number; lon: number; place: string; admin: string }>>();
  for (const r of resolved) {
    if (r.kind === 'pc6') continue; // PC4s derived from PC6s carry their names already
    for (const name of r.places) {
      const id = `${r.country}\t${r.admin}\t${name}`;
      const list = groups.get(id) ?? [];
      list.push({ lat: r.lat, lon: r.lon, place: name, admin: r.admin });
      groups.set(id, list);
    }
  }
  const places: Place[] = [];
  for (const [id, points] of groups) {
    const [country = '', admin = '', name = ''] = id.split('\t');
    for (const c of clusterPoints(points)) places.push({ name, country, admin, lat: c.lat, lon: c.lon, population: 0 });
  }
  return places;
}

/** Same place when the folded names match within this distance (built-in point vs PC4 mean). */
const SAME_PLACE_KM = 5;

/**
 * The built-in places plus those imported places the built-in table lacks, so a town found in
 * both is not reported as ambiguous. Built-in entries win: they carry a population.
 */
export function mergePlaces(builtIn: readonly Place[], imported: readonly Place[]): Place[] {
  if (imported.length === 0) return [...builtIn];
  const byName = new Map<string, Place[]>();
  for (const p of builtIn) {
    const key = foldPlaceName(p.name);
    byName.set(key, [...(byName.get(key) ?? []), p]);
  }
  const extra = imported.filter((p) => !(byName.get(foldPlaceName(p.name)) ?? []).some((q) => q.country === p.country && haversineKm(p, q) <= SAME_PLACE_KM));
  return [...builtIn, ...extra];
}
