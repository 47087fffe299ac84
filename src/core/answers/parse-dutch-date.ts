import { text } from '../i18n/index.js';
import { accepted, refused, type Answer } from './answer.js';
import { answerMessages } from './answer-messages.js';

/**
 * A calendar date as a Dutch person types it, day first: "11-05-2023", "11-5-2023",
 * "11/5/2023", "11.5.2023", or ISO "2023-05-11". Returns the ISO date; a date that does not
 * exist ("31-02-2023") is refused, not rolled over.
 * @example parseDutchDate('11-5-2023') // { ok: true, value: '2023-05-11' }
 */
export function parseDutchDate(typed: string): Answer<string> {
  const value = typed.trim();
  if (value === '') return refused(text(answerMessages, 'empty'));
  const dutch = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/.exec(value);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const parts = dutch ? [dutch[4], dutch[3], dutch[1]] : iso ? [iso[1], iso[2], iso[3]] : undefined;
  if (!parts) return refused(text(answerMessages, 'notDate', { value }));
  const [year, month, day] = parts.map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return refused(text(answerMessages, 'noSuchDate', { value }));
  }
  return accepted(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}
