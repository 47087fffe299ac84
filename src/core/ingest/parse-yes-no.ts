import { normaliseKey } from './normalise-key.js';
import { fail, ok, type Parsed } from './parsed.js';

// Yes/no as Dutch and English exports write them; "x" is a ticked box in a spreadsheet.
const YES = new Set(['ja', 'j', 'yes', 'y', 'true', '1', 'waar', 'x', 'wel', 'ok']);
const NO = new Set(['nee', 'n', 'no', 'false', '0', 'onwaar', 'niet', 'geen']);

/**
 * Reads a yes/no cell: ja/nee, j/n, yes/no, y/n, true/false, 1/0, waar/onwaar, x.
 * @example parseYesNo('Ja') // {ok: true, value: true}
 */
export function parseYesNo(raw: string): Parsed<boolean> {
  const key = normaliseKey(raw);
  if (YES.has(key)) return ok(true);
  if (NO.has(key)) return ok(false);
  return fail(key === '' ? 'empty' : 'notYesNo');
}
