import type { Checked } from './checked.js';
import { checkLocation } from './check-location.js';
import { normalizePostcode } from './normalize-postcode.js';
import type { LocationInput } from './types.js';

const USAGE = 'use NAME=POSTCODE, NAME=LAT,LON or NAME=ADDRESS, POSTCODE';

/**
 * Reads a `--location` value: `Dordwijk=3318AT`, `Dordwijk=51.79,4.70` or
 * `Dordwijk=Albert Schweitzerplaats 25, 3318 AT Dordrecht`.
 */
export function parseLocationSpec(spec: string): Checked<LocationInput> {
  const equals = spec.indexOf('=');
  if (equals <= 0) return { ok: false, errors: [`location: '${spec}' has no name: ${USAGE}`] };
  const name = spec.slice(0, equals).trim();
  const value = spec.slice(equals + 1).trim();
  const base = { name, address: null, postcode: null, lat: null, lon: null };
  if (value === '') return { ok: false, errors: [`location ${name}: no postcode, address or coordinates: ${USAGE}`] };

  const pc = normalizePostcode(value);
  if (pc !== undefined) return checkLocation({ ...base, postcode: pc }, `location ${name}`);

  const coordinates = /^(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)$/.exec(value);
  if (coordinates) return checkLocation({ ...base, lat: coordinates[1]!, lon: coordinates[2]! }, `location ${name}`);

  // An address: the postcode is the last `1234 AB` in it (house numbers rarely have four digits and two capitals after them).
  const matches = [...value.matchAll(/\b([1-9]\d{3})\s?([A-Z]{2})\b/g)];
  const last = matches.at(-1);
  const found = last ? normalizePostcode(last[1]! + last[2]!) : undefined;
  if (found === undefined) return { ok: false, errors: [`location ${name}: '${value}' holds no postcode (1234 AB): ${USAGE}`] };
  return checkLocation({ ...base, address: value, postcode: found }, `location ${name}`);
}
