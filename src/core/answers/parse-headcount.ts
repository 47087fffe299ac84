import { text } from '../i18n/index.js';
import { accepted, refused, type Answer } from './answer.js';
import { answerMessages } from './answer-messages.js';

// Dots or spaces only between groups of three: "4.500", "12 000", "1.234.567".
const GROUPED = /^\d{1,3}([. ]\d{3})+$/;

/**
 * A count of people as a Dutch person types it: "4500", "4.500" (thousands dot) and "4 500" are
 * all 4500. A count has no decimals, so "4,5" and "4.5" are refused rather than guessed, unlike
 * parseDutchDecimal where "4.5" may be a decimal point.
 * @example parseHeadcount('4.500') // { ok: true, value: 4500 }
 */
export function parseHeadcount(typed: string, range: { min?: number; max?: number } = {}): Answer<number> {
  const { min = 1, max = 1_000_000 } = range;
  const value = typed.trim();
  if (value === '') return refused(text(answerMessages, 'empty'));
  if (!/^\d+$/.test(value) && !GROUPED.test(value)) return refused(text(answerMessages, 'notWholeNumber', { value }));
  const n = Number(value.replace(/[. ]/g, ''));
  if (n < min || n > max) return refused(text(answerMessages, 'wholeNumberRange', { value, min, max }));
  return accepted(n);
}
