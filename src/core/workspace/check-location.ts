import type { Checked } from './checked.js';
import { locationKey } from './location-key.js';
import type { LocationInput } from './types.js';

/** A coordinate typed as text or given as a number, within [-limit, limit]; an error text otherwise. */
function degrees(value: string | number | null, limit: number, field: string, entity: string): number | null | string {
  if (value === null) return null;
  const n = typeof value === 'number' ? value : Number(value.trim().replace(',', '.'));
  if (Number.isFinite(n) && Math.abs(n) <= limit) return n;
  const shown = Number.isFinite(n) ? String(n) : `'${value}'`;
  return `${entity} ${field}: ${shown} is not a coordinate between -${limit} and ${limit}`;
}

/**
 * Checks one location as parsed from a `--location` value, without the schema validator so a
 * scan stays light; the company schema checks the same rules again when a company is saved.
 */
export function checkLocation(input: { name: string; address: string | null; postcode: string | null; lat: string | number | null; lon: string | number | null }, entity: string): Checked<LocationInput> {
  const errors: string[] = [];
  const name = input.name.trim();
  if (name === '') errors.push(`${entity} name: is empty`);
  else if (name.length > 80) errors.push(`${entity} name: is longer than 80 characters`);
  else if (locationKey(name) === '') errors.push(`${entity} name: '${name}' needs at least one letter or digit`);
  if (input.address !== null && input.address.length > 200) errors.push(`${entity} address: is longer than 200 characters`);
  const lat = degrees(input.lat, 90, 'lat', entity);
  const lon = degrees(input.lon, 180, 'lon', entity);
  for (const v of [lat, lon]) if (typeof v === 'string') errors.push(v);
  if ((lat === null) !== (lon === null)) errors.push(`${entity} lat: give both lat and lon, or neither`);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { name, address: input.address, postcode: input.postcode, lat: lat as number | null, lon: lon as number | null } };
}
