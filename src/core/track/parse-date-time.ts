/**
 * Dates and times as Dutch exports write them ('27-11-2026 07:45', '27/11/2026 7:45',
 * '2026-11-27 07:45:10', '2026-11-27T07:45'), as Excel hands them over (a Date whose UTC fields
 * are the wall-clock time, or a serial day number), or as UTC with an offset.
 */
import { isIsoDate } from './calendar-date.js';

/** What a spreadsheet cell can hold once an adapter has read it. */
export type Cell = string | number | boolean | Date | null | undefined;

const ISO = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
const DUTCH = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
const TIME = /^(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:[.,]\d+)?)?$/;
const OFFSET = /(Z|[+-]\d{2}:?\d{2})$/;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30); // Excel's day 0 (after its 1900 leap-year bug)
const pad = (n: number) => String(n).padStart(2, '0');

function dateFromParts(y: string, m: string, d: string): string | null {
  const date = `${y}-${pad(Number(m))}-${pad(Number(d))}`;
  return isIsoDate(date) ? date : null;
}

/** A date as 'YYYY-MM-DD', or null when the text is not one of the accepted forms. */
export function parseDateText(text: string): string | null {
  const t = text.trim();
  const iso = ISO.exec(t);
  if (iso) return dateFromParts(iso[1]!, iso[2]!, iso[3]!);
  const nl = DUTCH.exec(t); // day first: the Dutch order; US month-first exports are not expected
  return nl ? dateFromParts(nl[3]!, nl[2]!, nl[1]!) : null;
}

/** A time as minutes after midnight ('7:45', '07.45', '07:45:10'), or null. */
export function parseTimeText(text: string): number | null {
  const m = TIME.exec(text.trim());
  if (!m) return null;
  const [h, min] = [Number(m[1]), Number(m[2])];
  if (h > 23 || min > 59 || (m[3] !== undefined && Number(m[3]) > 59)) return null;
  return h * 60 + min;
}

/** Wall-clock date and time in Amsterdam of an instant (for logs written in UTC). */
function amsterdamWallClock(ms: number): { date: string; minutes: number } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam',
    hourCycle: 'h23',
    year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  }).formatToParts(new Date(ms));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '0';
  return {
    date: `${get('year')}-${get('month')}-${get('day')}`,
    minutes: Number(get('hour')) * 60 + Number(get('minute')),
  };
}

/** A date-time cell as local date and minutes after midnight, or null. */
export function parseDateTimeCell(cell: Cell): { date: string; minutes: number } | null {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return null;
    const iso = cell.toISOString(); // Excel dates carry the wall-clock time in their UTC fields
    return { date: iso.slice(0, 10), minutes: cell.getUTCHours() * 60 + cell.getUTCMinutes() };
  }
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || cell < 1) return null;
    const ms = EXCEL_EPOCH_MS + Math.round(cell * 86_400) * 1000;
    return parseDateTimeCell(new Date(ms));
  }
  if (typeof cell !== 'string') return null;
  const text = cell.trim();
  const offset = OFFSET.exec(text);
  if (offset && text.includes('T')) {
    const ms = Date.parse(text);
    return Number.isNaN(ms) ? null : amsterdamWallClock(ms);
  }
  const split = /^(\S+)[ T]+(\S+)$/.exec(text);
  if (!split) return null;
  const date = parseDateText(split[1]!);
  const minutes = parseTimeText(split[2]!);
  return date !== null && minutes !== null ? { date, minutes } : null;
}

/** A date-only cell as 'YYYY-MM-DD' (text, Excel Date or serial), or null. */
export function parseDateCell(cell: Cell): string | null {
  if (typeof cell === 'string') return parseDateText(cell) ?? parseDateTimeCell(cell)?.date ?? null;
  return parseDateTimeCell(cell)?.date ?? null;
}

/** A time-only cell as minutes after midnight (text, Excel Date or day fraction), or null. */
export function parseTimeCell(cell: Cell): number | null {
  if (typeof cell === 'string') return parseTimeText(cell);
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime()) ? null : cell.getUTCHours() * 60 + cell.getUTCMinutes();
  }
  // Floor, with a little slack for binary fractions, so 08:59:40 stays 08:59 and in the window.
  if (typeof cell === 'number' && cell >= 0 && cell < 1) return Math.floor(cell * 1440 + 1e-6);
  return null;
}
