import { InputError } from '../core/errors.js';
import { parsePostcode } from '../core/ingest/parse-postcode.js';
import type { Geocoder, WorkLocation } from '../core/scan/scan-context.js';
import { parseLocationSpec } from '../core/workspace/parse-location-spec.js';
import type { LocationInput } from '../core/workspace/types.js';

const GEODATA_HINT = 'import postcodes first (`mobiscan geodata import NL.txt`, GeoNames publishes NL.zip for free), or give coordinates: --location "NAME=LAT,LON"';

/** Places a location: its coordinates as given, else its postcode through the geocoder. */
export function placeLocation(location: LocationInput, geocoder: Geocoder): WorkLocation {
  const postcode = location.postcode ?? undefined;
  if (location.lat !== null && location.lon !== null) return { name: location.name, postcode, lat: location.lat, lon: location.lon };
  if (postcode) {
    const found = (postcode.length === 6 ? geocoder.pc6?.(postcode) : undefined) ?? geocoder.pc4(postcode.slice(0, 4));
    if (found) return { name: location.name, postcode, lat: found.lat, lon: found.lon };
    throw new InputError(`work location ${location.name}: postcode ${postcode} cannot be placed: no imported postcode table knows it`, GEODATA_HINT);
  }
  throw new InputError(`work location ${location.name} has neither coordinates nor a postcode`, GEODATA_HINT);
}

/**
 * Reads `--location` values: `3318AT`, `51.79,4.67`, or `NAME=POSTCODE`, `NAME=LAT,LON`,
 * `NAME=ADDRESS, POSTCODE`. A value without a name is named after itself.
 */
export function parseLocationFlags(specs: readonly string[]): LocationInput[] {
  return specs.map((spec) => {
    const named = spec.includes('=') ? spec : `${namelessName(spec)}=${spec}`;
    const parsed = parseLocationSpec(named);
    if (!parsed.ok) throw new InputError(`--location ${spec}: ${parsed.errors.join('; ')}`, 'use POSTCODE, LAT,LON, NAME=POSTCODE or NAME=LAT,LON');
    return parsed.value;
  });
}

function namelessName(spec: string): string {
  const postcode = parsePostcode(spec.trim());
  if (postcode.ok) return postcode.value.pc6 ?? postcode.value.pc4 ?? spec.trim();
  return spec.trim();
}
