import { z } from 'zod';
import { normalizePostcode } from './normalize-postcode.js';
import type { ValidationKey } from './validation-messages.js';

/**
 * Field schemas shared by companies, locations and goals. Values arrive as strings from flags
 * and CSV and as numbers from YAML, so numbers are read from either. Each error is a key of the
 * validation catalogue that says what was wrong with the value (`check` turns it into a text in
 * the reader's language and prefixes the field's name).
 */

/** A string of digits (with an optional decimal point or comma) becomes a number; anything else stays as it is. */
export function numberish(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  // A trailing % is the unit a person types ("10%").
  const plain = trimmed.replace(/\s*%$/, '');
  return /^-?\d+([.,]\d+)?(e[-+]?\d+)?$/i.test(plain) ? Number(plain.replace(',', '.')) : value;
}

/** Empty strings mean "not given". */
export function emptyToNull(value: unknown): unknown {
  return value === undefined || (typeof value === 'string' && value.trim() === '') ? null : value;
}

/**
 * A zod error function for a value that is there but wrong (its key names the problem); a
 * missing value falls through to the 'required' message that `check` supplies.
 */
export const wrong =
  (key: ValidationKey) =>
  (iss: { input?: unknown }): string | undefined =>
    iss.input === undefined ? undefined : key;

/** A whole number in [min, max], read from a string or number; `key` says what it should have been. */
export function wholeNumber(min: number, max: number, key: ValidationKey) {
  const bad = wrong(key);
  return z.preprocess(numberish, z.number({ error: bad }).int({ error: bad }).min(min, { error: bad }).max(max, { error: bad }));
}

/** A calendar year a goal can refer to. */
export const year = wholeNumber(1990, 2100, 'notYear');

/** True for a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

function dutchToIso(text: string): string {
  const m = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(text);
  return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : text;
}

/** A date as YYYY-MM-DD (or DD-MM-YYYY, as Dutch people write it); YAML may hand over a Date object. */
export const isoDate = z.preprocess(
  // Dutch dd-mm-yyyy ("11-05-2023") is read as well as YYYY-MM-DD; a date that does not exist stays wrong.
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? dutchToIso(value.trim()) : value),
  z.string({ error: wrong('notDate') }).refine(isIsoDate, { error: wrong('notDate') }),
);

export { normalizePostcode };

/** A Dutch PC4 or PC6 postcode, normalised. */
export const postcode = z.preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string().transform((value, ctx) => {
  const normal = normalizePostcode(value);
  if (normal === undefined) {
    ctx.addIssue({ code: 'custom', message: 'notPostcode' satisfies ValidationKey, input: value });
    return z.NEVER;
  }
  return normal;
}));

/** A coordinate in decimal degrees within [-limit, limit] (90 for latitude, 180 for longitude). */
export function degrees(limit: 90 | 180) {
  const bad = wrong(limit === 90 ? 'notLatitude' : 'notLongitude');
  return z.preprocess(numberish, z.number({ error: bad }).min(-limit, { error: bad }).max(limit, { error: bad }));
}

/** A yes/no value: booleans, or ja/nee, yes/no, true/false, 1/0 as text. */
export const yesNo = z.preprocess((value) => {
  if (typeof value !== 'string') return value;
  const text = value.trim().toLowerCase();
  if (['ja', 'j', 'yes', 'y', 'true', '1'].includes(text)) return true;
  if (['nee', 'n', 'no', 'false', '0', ''].includes(text)) return false;
  return value;
}, z.boolean({ error: wrong('notYesNo') }));
