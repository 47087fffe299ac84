import { text } from '../i18n/index.js';
import { accepted, refused, type Answer } from './answer.js';
import { answerMessages } from './answer-messages.js';
import { parseDutchDecimal } from './parse-dutch-decimal.js';

/**
 * A share typed as a percentage: "10", "10%", "12,5 %" (Dutch decimals). The value is in
 * percent (10 for 10%), more than 0 and at most 100: a goal of 0% or 150% is a typo.
 * @example parsePercentage('10%') // { ok: true, value: 10 }
 */
export function parsePercentage(typed: string): Answer<number> {
  const value = typed.trim();
  if (value === '') return refused(text(answerMessages, 'empty'));
  const read = parseDutchDecimal(value.replace(/\s*%$/, ''));
  if (!read.ok) return refused(text(answerMessages, 'notPercentage', { value }));
  if (read.value <= 0 || read.value > 100) return refused(text(answerMessages, 'percentageRange', { value }));
  return accepted(read.value);
}
