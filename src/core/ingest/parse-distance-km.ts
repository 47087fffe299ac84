import type { IngestSettings } from './types.js';
import { parseDutchNumber } from './parse-dutch-number.js';
import { fail, ok, type Parsed } from './parsed.js';

const KM_UNIT = /^(km|kilometer|kilometers|kilometre|kilometres)?$/;
const UNIT_AFTER_NUMBER = /[a-z.]*\s*$/i;
const TRAILING_DOT = /\.$/;

/**
 * Reads a one-way commute distance in km: 0 up to settings.maxDistanceKm (250 by default);
 * negative or absurd distances fail. A unit other than km fails rather than being guessed.
 * @example parseDistanceKm('12,5 km', DEFAULT_INGEST_SETTINGS) // {ok: true, value: 12.5}
 */
export function parseDistanceKm(raw: string, settings: Pick<IngestSettings, 'maxDistanceKm'>): Parsed<number> {
  const number = parseDutchNumber(raw);
  if (!number.ok) return number;
  const unit = (UNIT_AFTER_NUMBER.exec(raw.trim())?.[0] ?? '').trim().toLowerCase().replace(TRAILING_DOT, '');
  if (!KM_UNIT.test(unit)) return fail('notInKm');
  const km = number.value;
  if (km < 0) return fail('negative');
  if (km > settings.maxDistanceKm) return fail('absurdDistance', { max: settings.maxDistanceKm });
  return ok(km);
}
