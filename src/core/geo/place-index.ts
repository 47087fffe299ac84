import { haversineKm } from './haversine-km.js';
import type { LatLon } from './lat-lon.js';
import { foldPlaceName, readPlaceQuery, resolvePlaceAlias } from './place-name.js';

/** A place of the built-in table (data/places/places.json). */
export interface Place {
  name: string;
  /** ISO alpha-2. */
  country: string;
  /** GeoNames admin1 code (NL: "11" is Zuid-Holland; BE: "VLG"; DE: "07" is Nordrhein-Westfalen). */
  admin: string;
  lat: number;
  lon: number;
  population: number;
}

/** A found place; `ambiguous` when other places answer to the name too. */
export interface PlaceMatch {
  place: Place;
  ambiguous: boolean;
  /** Every place that answered to the name (one when not ambiguous). */
  candidates: Place[];
}

/** Lookup of places by name. */
export interface PlaceIndex {
  /**
   * Finds a place in `country` (else, failing that, in any country of the table). A province
   * hint in the name narrows the choice; otherwise the place nearest `near` wins, or the most
   * populous without `near`.
   */
  find(name: string, country?: string, near?: LatLon): PlaceMatch | undefined;
  readonly size: number;
}

/**
 * Indexes places by folded name (case, accents, hyphens and apostrophes do not count) with a
 * small alias table (Den Bosch, Den Haag, Brussel, Keulen, Aken...).
 * @example createPlaceIndex(places).find('Rijswijk (ZH)', 'NL')?.place.admin // '11'
 */
export function createPlaceIndex(places: readonly Place[]): PlaceIndex {
  const byName = new Map<string, Place[]>();
  for (const p of places) {
    const key = foldPlaceName(p.name);
    const list = byName.get(key);
    if (list) list.push(p);
    else byName.set(key, [p]);
  }
  const lookup = (folded: string): Place[] => byName.get(folded) ?? byName.get(resolvePlaceAlias(folded)) ?? [];

  return {
    size: places.length,
    find(name, country, near) {
      for (const query of readPlaceQuery(name)) {
        if (query.folded === '') continue;
        const all = lookup(query.folded);
        const inCountry = country === undefined ? all : all.filter((p) => p.country === country.toUpperCase());
        let candidates = inCountry.length > 0 ? inCountry : all;
        if (query.admin !== undefined) {
          const inProvince = candidates.filter((p) => p.country === 'NL' && p.admin === query.admin);
          if (inProvince.length === 0) continue; // the hint contradicts every candidate: try another reading
          candidates = inProvince;
        }
        if (candidates.length === 0) continue;
        const best = pick(candidates, near);
        return { place: best, ambiguous: candidates.length > 1, candidates };
      }
      return undefined;
    },
  };
}

/** The candidate nearest `near`, or the most populous when there is no reference point. */
function pick(candidates: readonly Place[], near: LatLon | undefined): Place {
  let best = candidates[0]!;
  for (const p of candidates.slice(1)) {
    const better = near ? haversineKm(p, near) < haversineKm(best, near) : p.population > best.population;
    if (better) best = p;
  }
  return best;
}

/** The stored form of the place table: a header and one array per country. */
export interface PlacesFile {
  fields?: string[];
  [country: string]: unknown;
}

/** Reads the stored table (data/places/places.json); rows that are not [name, admin, lat, lon, pop] are skipped. */
export function placesFromJson(json: unknown): Place[] {
  if (typeof json !== 'object' || json === null) return [];
  const places: Place[] = [];
  for (const [country, rows] of Object.entries(json as PlacesFile)) {
    if (!/^[A-Z]{2}$/.test(country) || !Array.isArray(rows)) continue;
    for (const row of rows as unknown[]) {
      if (!Array.isArray(row)) continue;
      const [name, admin, lat, lon, population] = row as unknown[];
      if (typeof name !== 'string' || typeof lat !== 'number' || typeof lon !== 'number') continue;
      places.push({ name, country, admin: typeof admin === 'string' ? admin : '', lat, lon, population: typeof population === 'number' ? population : 0 });
    }
  }
  return places;
}
