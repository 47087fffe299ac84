import { normaliseKey } from './normalise-key.js';
import { parseDutchNumber } from './parse-dutch-number.js';
import { fail, ok, type Parsed } from './parsed.js';

const MAX_HOMEWORK_DAYS = 5; // issue 2: a working week has at most 5 office days to replace
const NONE_WORDS = new Set(['geen', 'nee', 'none', 'no', 'nvt', 'na']);

/**
 * Reads work-from-home days per week: 0 to 5, whole or half days; "geen"/"none" is 0.
 * @example parseHomeworkDays('1,5') // {ok: true, value: 1.5}
 */
export function parseHomeworkDays(raw: string): Parsed<number> {
  if (NONE_WORDS.has(normaliseKey(raw))) return ok(0);
  const number = parseDutchNumber(raw);
  if (!number.ok) return number;
  const days = number.value;
  if (days < 0 || days > MAX_HOMEWORK_DAYS) return fail('homeworkOutOfRange', { max: MAX_HOMEWORK_DAYS });
  if (!Number.isInteger(days * 2)) return fail('notWholeOrHalfDay');
  return ok(days);
}
