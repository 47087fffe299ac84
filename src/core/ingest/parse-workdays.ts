import { parseDutchNumber } from './parse-dutch-number.js';
import { fail, ok, type Parsed } from './parsed.js';

const MIN_WORKDAYS = 0.5; // issue 2: half days are the smallest unit rosters use
const MAX_WORKDAYS = 7;

/**
 * Reads working days per week: 0.5 to 7, whole or half days ("4", "4,5").
 * @example parseWorkdays('4,5') // {ok: true, value: 4.5}
 */
export function parseWorkdays(raw: string): Parsed<number> {
  const number = parseDutchNumber(raw);
  if (!number.ok) return number;
  const days = number.value;
  if (days < MIN_WORKDAYS || days > MAX_WORKDAYS) return fail('workdaysOutOfRange', { min: MIN_WORKDAYS, max: MAX_WORKDAYS });
  if (!Number.isInteger(days * 2)) return fail('notWholeOrHalfDay');
  return ok(days);
}
