import { placesFromJson, type Place } from '../../core/geo/place-index.js';
import { readBuiltInJson } from './built-in-data.js';

/** The place table file inside data/. */
export const PLACES_FILE = 'places/places.json';

let cached: Promise<Place[]> | undefined;

/** The built-in Dutch, Belgian and German places (read once per process). */
export function loadPlaces(): Promise<Place[]> {
  cached ??= readBuiltInJson(PLACES_FILE).then(placesFromJson);
  return cached;
}
