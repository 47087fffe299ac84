import { text } from '../i18n/index.js';
import { accepted, refused, type Answer } from './answer.js';
import { answerMessages } from './answer-messages.js';

/**
 * A calendar year typed in full ("2030"); "16" or "30" are refused, not guessed. With `after`,
 * the year must come after it (a target year after its baseline year).
 * @example parseYear('2030', { after: 2016 }) // { ok: true, value: 2030 }
 */
export function parseYear(typed: string, options: { min?: number; max?: number; after?: number } = {}): Answer<number> {
  const { min = 1990, max = 2100, after } = options;
  const value = typed.trim();
  if (value === '') return refused(text(answerMessages, 'empty'));
  if (!/^\d{4}$/.test(value)) return refused(text(answerMessages, 'notYear', { value }));
  const year = Number(value);
  if (year < min || year > max) return refused(text(answerMessages, 'yearRange', { year: value, min: String(min), max: String(max) }));
  if (after !== undefined && year <= after) return refused(text(answerMessages, 'yearNotAfter', { year: value, baseline: String(after) }));
  return accepted(year);
}
