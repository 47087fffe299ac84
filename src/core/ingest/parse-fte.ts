import type { IngestSettings } from './types.js';
import { parseDutchNumber } from './parse-dutch-number.js';
import { fail, ok, type Parsed } from './parsed.js';

/** How a column states working time: a factor (0.8), a percentage (80) or hours per week (28.8). */
export type FteKind = 'fte' | 'hours' | 'percent';

/** Above 1.5 FTE nobody works; a typo or a column of hours. */
const MAX_FTE = 1.5; // issue 2: "> 1.5 FTE is impossible"
/** Above 80 hours a week is not a contract; the Working Hours Act caps at 60 a week. */
const MAX_HOURS_PER_WEEK = 80; // issue 2: "> 80 hours is impossible"
const PERCENT_SIGN = /%\s*$/;

/**
 * Reads working time as an FTE factor. Percentages ("80%", or 80 in a percentage column) become
 * 0.8; hours become hours / fullTimeHoursPerWeek, at most 1.0, since 38 or 40 hours in a
 * 36-hour organisation are still full time (docs/method.md).
 * @example parseFte('24', 'hours', {fullTimeHoursPerWeek: 36}) // {ok: true, value: 0.666...}
 */
export function parseFte(
  raw: string,
  kind: FteKind,
  settings: Pick<IngestSettings, 'fullTimeHoursPerWeek'>,
): Parsed<number> {
  const number = parseDutchNumber(raw);
  if (!number.ok) return number;
  const value = number.value;
  if (value <= 0) return fail('fteNotPositive');
  if (kind === 'hours' && !PERCENT_SIGN.test(raw)) {
    if (value > MAX_HOURS_PER_WEEK) return fail('hoursTooMany', { max: MAX_HOURS_PER_WEEK });
    return ok(Math.min(1, value / settings.fullTimeHoursPerWeek));
  }
  // In a percentage column a value up to 1.5 is already a factor: 1% of a job does not exist.
  const isPercent = PERCENT_SIGN.test(raw) || (kind === 'percent' && value > MAX_FTE);
  const fte = isPercent ? value / 100 : value;
  if (fte > MAX_FTE) return fail('fteTooMuch', { max: MAX_FTE });
  return ok(fte);
}
