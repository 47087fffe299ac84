import { InputError } from '../core/errors.js';
import { text } from '../core/i18n/index.js';
import { workLocationMessages as m } from './work-location-messages.js';
import { parsePostcode } from '../core/ingest/parse-postcode.js';
import type { Geocoder, WorkLocation } from '../core/scan/scan-context.js';
import { parseLocationSpec } from '../core/workspace/parse-location-spec.js';
import type { LocationInput } from '../core/workspace/types.js';


/** The middle of the Netherlands: the reference point for a place name without any other. */
const NL_CENTRE = { lat: 52.1, lon: 5.3 };

/** A location asked for by the user: a stored or typed location, or only a place name. */
export interface LocationRequest extends LocationInput {
  /** A place name to look up when there are neither coordinates nor a postcode. */
  place?: string;
}

/** How a work location was placed: the precision of its coordinates. */
export type LocationPrecision = 'coordinates' | 'pc6' | 'pc4' | 'place';

/** A work location with its coordinates and how they were found. */
export interface PlacedLocation extends WorkLocation {
  precision: LocationPrecision;
  /** Other places answer to the name too (the one nearest the middle of the country was taken). */
  ambiguous?: boolean;
}

/** Places a location: its coordinates as given, else its postcode, else its place name. */
export function placeLocation(location: LocationRequest, geocoder: Geocoder): PlacedLocation {
  const postcode = location.postcode ?? undefined;
  const base = { name: location.name, ...(postcode !== undefined && { postcode }) };
  if (location.lat !== null && location.lon !== null) return { ...base, lat: location.lat, lon: location.lon, precision: 'coordinates' };
  if (postcode) {
    const pc6 = postcode.length === 6 ? geocoder.pc6?.(postcode) : undefined;
    if (pc6) return { ...base, lat: pc6.lat, lon: pc6.lon, precision: 'pc6' };
    const pc4 = geocoder.pc4(postcode.slice(0, 4));
    if (pc4) return { ...base, lat: pc4.lat, lon: pc4.lon, precision: 'pc4' };
    // the hint says where newer postcodes come from: the built-in table is a 2024 GeoNames snapshot
    throw new InputError(text(m, 'postcodeUnknown', { name: location.name, postcode }), text(m, 'postcodeHint'));
  }
  const hit = placeByName(location.place ?? location.name, geocoder);
  if (hit) return { ...base, lat: hit.lat, lon: hit.lon, precision: 'place', ...(hit.ambiguous && { ambiguous: true }) };
  throw new InputError(text(m, 'placeUnknown', { name: location.name, place: location.place ?? location.name }), text(m, 'placeHint'));
}

/**
 * Finds a work location by place name ("Dordrecht", "Locatie Zwijndrecht", "Den Haag Stadhuis"):
 * the whole text first, then runs of its words, longest first and from the end within a length
 * (names before a place are usually the employer's, and "Den Haag" or "Capelle aan den IJssel"
 * are more than one word).
 */
export function placeByName(value: string, geocoder: Geocoder): { lat: number; lon: number; ambiguous: boolean } | undefined {
  const whole = geocoder.place(value, 'NL', NL_CENTRE);
  if (whole) return whole;
  const words = value.split(/[\s,;:/()]+/).filter((w) => w !== '');
  for (let length = words.length - 1; length >= 1; length--) {
    for (let start = words.length - length; start >= 0; start--) {
      const run = words.slice(start, start + length);
      // a single short word ("de", "aan", "BV") is no place
      if (length === 1 && (run[0]!.length < 3 || !/\p{L}/u.test(run[0]!))) continue;
      const hit = geocoder.place(run.join(' '), 'NL', NL_CENTRE);
      if (hit) return hit;
    }
  }
  return undefined;
}

/**
 * Reads `--location` values: `3318AT`, `51.79,4.67`, `Dordrecht` (a place), or `NAME=POSTCODE`,
 * `NAME=LAT,LON`, `NAME=ADDRESS, POSTCODE`, `NAME=PLACE`. A value without a name is named after itself.
 */
export function parseLocationFlags(specs: readonly string[]): LocationRequest[] {
  return specs.map((spec) => {
    const named = spec.includes('=') ? spec : `${namelessName(spec)}=${spec}`;
    const parsed = parseLocationSpec(named);
    if (parsed.ok) return parsed.value;
    const equals = named.indexOf('=');
    const name = named.slice(0, equals).trim();
    const value = named.slice(equals + 1).trim();
    // neither postcode nor coordinates: a place name, looked up when the location is placed
    if (name !== '' && /^\p{L}[\p{L}\s'’.()-]*$/u.test(value)) return { name, address: null, postcode: null, lat: null, lon: null, place: value };
    throw new InputError(text(m, 'badFlag', { spec, problem: parsed.errors.join('; ') }), text(m, 'badFlagHint'));
  });
}

function namelessName(spec: string): string {
  const postcode = parsePostcode(spec.trim());
  if (postcode.ok) return postcode.value.pc6 ?? postcode.value.pc4 ?? spec.trim();
  return spec.trim();
}
