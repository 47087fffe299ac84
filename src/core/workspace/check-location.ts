import { text, type Text } from '../i18n/index.js';
import { problemText, shown, type Checked } from './checked.js';
import { locationKey } from './location-key.js';
import type { LocationInput } from './types.js';
import { validationMessages as m, type ValidationKey } from './validation-messages.js';

/** A coordinate typed as text or given as a number, within [-limit, limit]; the problem's text otherwise. */
function degrees(value: string | number | null, limit: 90 | 180): number | null | Text {
  if (value === null) return null;
  const n = typeof value === 'number' ? value : Number(value.trim().replace(',', '.'));
  if (Number.isFinite(n) && Math.abs(n) <= limit) return n;
  return text(m, limit === 90 ? 'notLatitude' : 'notLongitude', { value: Number.isFinite(n) ? String(n) : shown(value) });
}

/**
 * Checks one location as parsed from a `--location` value, without the schema validator so a
 * scan stays light; the company schema checks the same rules again when a company is saved.
 */
export function checkLocation(input: { name: string; address: string | null; postcode: string | null; lat: string | number | null; lon: string | number | null }, entity: Text): Checked<LocationInput> {
  const errors: Text[] = [];
  const problem = (field: string, key: ValidationKey | Text, values = {}) =>
    errors.push(problemText(entity, { path: [field], problem: typeof key === 'string' ? text(m, key, values) : key }));
  const name = input.name.trim();
  if (name === '') problem('name', 'empty');
  else if (name.length > 80) problem('name', 'tooLong', { max: 80 });
  else if (locationKey(name) === '') problem('name', 'needsCharacter', { value: shown(name) });
  if (input.address !== null && input.address.length > 200) problem('address', 'tooLong', { max: 200 });
  const lat = degrees(input.lat, 90);
  const lon = degrees(input.lon, 180);
  if (lat !== null && typeof lat === 'object') problem('lat', lat);
  if (lon !== null && typeof lon === 'object') problem('lon', lon);
  if ((lat === null) !== (lon === null)) problem('lat', 'latLonPair');
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { name, address: input.address, postcode: input.postcode, lat: lat as number | null, lon: lon as number | null } };
}
