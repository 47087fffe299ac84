import { UsageError } from '../../core/errors.js';
import { isIsoDate } from '../../core/track/calendar-date.js';
import { text } from '../../core/i18n/index.js';
import { trackMessages } from './track-messages.js';

/** A 'YYYY-MM-DD' flag value, or a UsageError naming the flag. */
export function dateFlag(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value.trim())) throw new UsageError(text(trackMessages, 'badDate', { flag, value: `'${value}'` }));
  return value.trim();
}

/** A number flag of 0 or more (integer when asked), or a UsageError naming the flag. */
export function numberFlag(value: string | undefined, flag: string, options: { integer?: boolean; positive?: boolean } = {}): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.trim().replace(',', '.'));
  const bad = value.trim() === '' || !Number.isFinite(n) || n < 0 || (options.positive && n === 0) || (options.integer && !Number.isInteger(n));
  if (bad) throw new UsageError(text(trackMessages, 'badNumber', { flag, value: `'${value}'`, integer: options.integer ? 'yes' : 'no', positive: options.positive ? 'yes' : 'no' }));
  return n;
}

/** A four-digit year flag. */
export function yearFlag(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value.trim())) throw new UsageError(text(trackMessages, 'badYear', { flag, value: `'${value}'` }));
  return Number(value.trim());
}
