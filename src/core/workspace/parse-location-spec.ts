import { text } from '../i18n/index.js';
import { shown, type Checked } from './checked.js';
import { checkLocation } from './check-location.js';
import { normalizePostcode } from './normalize-postcode.js';
import type { LocationInput } from './types.js';
import { validationMessages as m } from './validation-messages.js';

const usage = text(m, 'locationUsage');

/**
 * Reads a `--location` value: `Dordwijk=3318AT`, `Dordwijk=51.79,4.70` or
 * `Dordwijk=Albert Schweitzerplaats 25, 3318 AT Dordrecht`.
 */
export function parseLocationSpec(spec: string): Checked<LocationInput> {
  const equals = spec.indexOf('=');
  if (equals <= 0) return { ok: false, errors: [text(m, 'locationNoName', { spec: shown(spec), usage })] };
  const name = spec.slice(0, equals).trim();
  const value = spec.slice(equals + 1).trim();
  const base = { name, address: null, postcode: null, lat: null, lon: null };
  if (value === '') return { ok: false, errors: [text(m, 'locationNoPlace', { name, usage })] };

  const pc = normalizePostcode(value);
  if (pc !== undefined) return checkLocation({ ...base, postcode: pc }, text(m, 'entityLocationName', { name }));

  const coordinates = /^(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)$/.exec(value);
  if (coordinates) return checkLocation({ ...base, lat: coordinates[1]!, lon: coordinates[2]! }, text(m, 'entityLocationName', { name }));

  // An address: the postcode is the last `1234 AB` in it (house numbers rarely have four digits and two capitals after them).
  const matches = [...value.matchAll(/\b([1-9]\d{3})\s?([A-Z]{2})\b/g)];
  const last = matches.at(-1);
  const found = last ? normalizePostcode(last[1]! + last[2]!) : undefined;
  if (found === undefined) return { ok: false, errors: [text(m, 'locationNoPostcode', { name, value: shown(value), usage })] };
  return checkLocation({ ...base, address: value, postcode: found }, text(m, 'entityLocationName', { name }));
}
