import type { LatLon } from './lat-lon.js';
import { createPlaceIndex, type Place } from './place-index.js';
import { mergePlaces } from './place-from-postcodes.js';
import { foreignKey, type PostcodeTable } from './postcode-table.js';

/** A place found by name; `ambiguous` when more places answer to it (the nearest was taken). */
export interface PlaceHit extends LatLon {
  ambiguous: boolean;
}

/**
 * What the scan engine asks for coordinates. Keys are postcodes as the HR ingest normalises
 * them (parsePostcode: "3311AB", "3311"; foreign as written, e.g. "47533").
 */
export interface Geocoder {
  pc6?(pc6: string): LatLon | undefined;
  pc4(pc4: string): LatLon | undefined;
  foreign?(country: string, postcode: string): LatLon | undefined;
  place(name: string, country: string, near: LatLon): PlaceHit | undefined;
}

/**
 * Combines an imported postcode table (optional) with the built-in PC4 table and places. The
 * imported table takes precedence (newer or finer data); the built-in PC4 table answers what it
 * lacks. Both tables' place names fill in villages the built-in place table lacks. `pc6` and
 * `foreign` exist only when the imported table holds such postcodes, so the scan can tell
 * "no PC6 data" from "PC6 not found".
 */
export function createGeocoder(table: PostcodeTable | undefined, builtInPlaces: readonly Place[], builtInPc4?: PostcodeTable): Geocoder {
  // Built on the first place look-up: an export with postcodes for everyone never needs it.
  let places: ReturnType<typeof createPlaceIndex> | undefined;
  const geocoder: Geocoder = {
    pc4: (pc4) => table?.pc4.get(pc4) ?? builtInPc4?.pc4.get(pc4),
    place(name, country, near) {
      places ??= createPlaceIndex(mergePlaces(mergePlaces(builtInPlaces, table?.places ?? []), builtInPc4?.places ?? []));
      const match = places.find(name, country, near);
      return match ? { lat: match.place.lat, lon: match.place.lon, ambiguous: match.ambiguous } : undefined;
    },
  };
  if (table && table.pc6.size > 0) {
    const pc6 = table.pc6;
    geocoder.pc6 = (key) => pc6.get(key.replace(/\s+/g, '').toUpperCase());
  }
  if (table && table.foreign.size > 0) {
    const foreign = table.foreign;
    geocoder.foreign = (country, postcode) => foreign.get(foreignKey(country, postcode.trim().toUpperCase()));
  }
  return geocoder;
}
