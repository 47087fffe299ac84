import { text } from '../i18n/index.js';
import { accepted, refused, type Answer } from './answer.js';
import { answerMessages } from './answer-messages.js';

const YES = new Set(['j', 'ja', 'y', 'yes']);
const NO = new Set(['n', 'nee', 'no']);

/**
 * A yes or no typed in either language: "j", "ja", "y", "yes" and "n", "nee", "no" (a Dutch
 * advisor types "ja", which an English-only prompt would have read as no).
 * @example parseYesNo('Ja') // { ok: true, value: true }
 */
export function parseYesNo(typed: string): Answer<boolean> {
  const value = typed.trim().toLowerCase();
  if (YES.has(value)) return accepted(true);
  if (NO.has(value)) return accepted(false);
  return refused(text(answerMessages, value === '' ? 'empty' : 'notYesNo', { value: typed.trim() }));
}
