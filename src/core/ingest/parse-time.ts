import { fail, ok, type Parsed } from './parsed.js';

const MINUTES_PER_DAY = 24 * 60;
// "7:30", "07.30", "7u30", "7h30", "07:30:00", "7:30 uur", "7:30 pm"; an ISO date-time's time part.
const CLOCK = /^(\d{1,2})\s*(?:[:.uh]\s*(\d{2})(?:[:.](\d{2}))?)?\s*(uur|u|h|am|pm|a\.m\.|p\.m\.)?$/;
const COMPACT = /^(\d{1,2})(\d{2})$/; // "0730", "730"
const DAY_FRACTION = /^0?[.,]\d+$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[t ](.+)$/; // after lower-casing

/**
 * Reads a start time as minutes after midnight: "7:30", "07.30", "0730", "730", "7u30",
 * "07:30:00", or an Excel day fraction ("0.3125" = 07:30). "0.25" is a fraction (06:00);
 * write "00.25" for 25 past midnight. Hours 0-23 and minutes 0-59, else it fails.
 * @example parseTime('7u30') // {ok: true, value: 450}
 */
export function parseTime(raw: string): Parsed<number> {
  let text = raw.trim().toLowerCase();
  if (text === '') return fail('empty');
  text = DATE_TIME.exec(text)?.[1] ?? text;
  if (DAY_FRACTION.test(text)) {
    const fraction = Number(text.replace(',', '.'));
    // Round to whole minutes: Excel stores 07:30 as 0.3125 but 07:10 as 0.29861111...
    const minutes = Math.round(fraction * MINUTES_PER_DAY);
    return minutes < MINUTES_PER_DAY ? ok(minutes) : fail('timeOutOfRange');
  }
  const compact = COMPACT.exec(text);
  const clock = compact ?? CLOCK.exec(text);
  if (!clock) return fail('notATime');
  let hours = Number(clock[1]);
  const minutes = Number(clock[2] ?? 0);
  const suffix = compact ? undefined : clock[4];
  if (suffix?.startsWith('p') && hours >= 1 && hours <= 11) hours += 12;
  if (suffix?.startsWith('a') && hours === 12) hours = 0;
  if (hours > 23 || minutes > 59) return fail('timeOutOfRange');
  return ok(hours * 60 + minutes);
}
