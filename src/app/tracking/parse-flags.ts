import { UsageError } from '../../core/errors.js';
import { isIsoDate } from '../../core/track/calendar-date.js';

/** A 'YYYY-MM-DD' flag value, or a UsageError naming the flag. */
export function dateFlag(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value.trim())) throw new UsageError(`${flag}: '${value}' is not a date YYYY-MM-DD`);
  return value.trim();
}

/** A number flag of 0 or more (integer when asked), or a UsageError naming the flag. */
export function numberFlag(value: string | undefined, flag: string, options: { integer?: boolean; positive?: boolean } = {}): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.trim().replace(',', '.'));
  const bad = value.trim() === '' || !Number.isFinite(n) || n < 0 || (options.positive && n === 0) || (options.integer && !Number.isInteger(n));
  if (bad) throw new UsageError(`${flag}: '${value}' is not a ${options.integer ? 'whole ' : ''}number of ${options.positive ? 'more than 0' : '0 or more'}`);
  return n;
}

/** A four-digit year flag. */
export function yearFlag(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value.trim())) throw new UsageError(`${flag}: '${value}' is not a year YYYY`);
  return Number(value.trim());
}
