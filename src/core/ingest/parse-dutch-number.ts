import { fail, ok, type Parsed } from './parsed.js';

// A number, optionally signed, followed by an optional unit ("7,5 km", "80%", "36 uur").
const NUMBER_WITH_UNIT = /^([+-]?)\s*([0-9.,]*[0-9][0-9.,]*)\s*(%|[a-z]+\.?)?$/i;
// Units HR columns write after km, hours, FTE and days; other letters mean it is not a number ("3311 AB").
const UNITS = /^(%|km|kilometers?|kilometres?|u|uur|uren|h|hr|hrs|hours?|fte|dagen|dag|days?|d)\.?$/i;
const GROUPED_DOTS = /^\d{1,3}(\.\d{3})+$/;
const GROUPED_COMMAS = /^\d{1,3}(,\d{3})+$/;
const ONLY_DIGITS = /^\d*$/;
const PLAIN_NUMBER = /^\d+(?:[.,]\d+)?$/;
const NO_BREAK_SPACE = /\u00a0/g;
const SEPARATORS = /[.,]/g;

/**
 * Reads a number as Dutch and English exports write it: "1.234,5", "1234,5", "1,234.5",
 * "1234.5", "12", " 7,5 km", "80%". A known unit after the number (km, %, uur, fte, dagen) is
 * dropped; the caller decides whether it fits. Other letters fail ("3311 AB" is no number).
 *
 * A lone separator is always the decimal one, whichever it is: "1,234" is 1.234 (Dutch decimal
 * comma; HR exports here are Dutch) and "1.234" is 1.234 too, because spreadsheet readers hand
 * numeric cells over as "1.234". HR numbers (km, hours, FTE) are rarely 1000 or more, so a
 * thousands separator only counts when both separators occur or when it repeats ("1.234.567").
 * @example parseDutchNumber('1.234,5') // {ok: true, value: 1234.5}
 */
export function parseDutchNumber(raw: string): Parsed<number> {
  // Fast path for what most cells hold ("12", "0,8", "7.5"): this runs millions of times.
  if (PLAIN_NUMBER.test(raw)) return ok(Number(raw.replace(',', '.')));
  const text = raw.replace(NO_BREAK_SPACE, ' ').trim();
  if (text === '') return fail('empty');
  const match = NUMBER_WITH_UNIT.exec(text);
  if (!match || (match[3] !== undefined && !UNITS.test(match[3]))) return fail('notANumber');
  const sign = match[1] === '-' ? -1 : 1;
  const digits = match[2] ?? '';
  const lastComma = digits.lastIndexOf(',');
  const lastDot = digits.lastIndexOf('.');
  let intPart: string;
  let fracPart = '';
  if (lastComma >= 0 && lastDot >= 0) {
    const decimalAt = Math.max(lastComma, lastDot);
    const group = lastComma > lastDot ? GROUPED_DOTS : GROUPED_COMMAS;
    intPart = digits.slice(0, decimalAt);
    fracPart = digits.slice(decimalAt + 1);
    if (!group.test(intPart)) return fail('mixedSeparators');
    intPart = intPart.replace(SEPARATORS, '');
  } else if (lastComma >= 0 || lastDot >= 0) {
    const separator = lastComma >= 0 ? ',' : '.';
    const first = digits.indexOf(separator);
    const last = Math.max(lastComma, lastDot);
    if (first !== last) {
      // Repeated separator: thousands grouping only ("1.234.567").
      if (!(separator === '.' ? GROUPED_DOTS : GROUPED_COMMAS).test(digits)) return fail('notANumber');
      intPart = digits.split(separator).join('');
    } else {
      intPart = digits.slice(0, first);
      fracPart = digits.slice(first + 1);
    }
  } else {
    intPart = digits;
  }
  if (!ONLY_DIGITS.test(intPart) || !ONLY_DIGITS.test(fracPart) || (intPart === '' && fracPart === '')) {
    return fail('notANumber');
  }
  const value = sign * Number(`${intPart || '0'}.${fracPart || '0'}`);
  return Number.isFinite(value) ? ok(value === 0 ? 0 : value) : fail('notANumber');
}
