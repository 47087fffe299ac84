import { text } from '../i18n/index.js';
import { accepted, refused, type Answer } from './answer.js';
import { answerMessages } from './answer-messages.js';

/**
 * A number as a Dutch person types it: a decimal comma and thousands dots ("1.234,5" is
 * 1234.5). Without a comma, dots between groups of three are thousands ("1.234" is 1234, the
 * Dutch reading); any other single dot is taken as a decimal point ("4.5" is 4.5).
 * @example parseDutchDecimal('1.234,5') // { ok: true, value: 1234.5 }
 */
export function parseDutchDecimal(typed: string): Answer<number> {
  const value = typed.trim();
  if (value === '') return refused(text(answerMessages, 'empty'));
  const sign = value.startsWith('-') ? -1 : 1;
  const body = value.replace(/^[-+]/, '');
  let plain: string | undefined;
  if (/^\d{1,3}(\.\d{3})*(,\d+)?$/.test(body) || /^\d+(,\d+)?$/.test(body)) plain = body.replace(/\./g, '').replace(',', '.');
  else if (/^\d*\.\d+$/.test(body)) plain = body;
  if (plain === undefined) return refused(text(answerMessages, 'notNumber', { value }));
  return accepted(sign * Number(plain));
}
