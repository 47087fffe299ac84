/**
 * The records of one day of a tracking file as a bag (key -> how many), so a second file for the
 * same days can be recognised as the same records, a part of them, more of them, or others. A
 * log's key is the time to the second and the direction: plates and badge numbers never get in.
 */
import type { Cell } from './parse-date-time.js';
import type { LogEvent } from './types.js';

/** Record key -> how many times it occurs on the day. */
export type RecordBag = Map<string, number>;

/** The seconds of a date-time or time cell (0 when it has none), for a log record's key. */
export function secondsOfCell(cell: Cell): number {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? 0 : cell.getUTCSeconds();
  if (typeof cell === 'number') return Number.isFinite(cell) ? Math.round(cell * 86_400) % 60 : 0;
  const m = /(?:^|[\sT])\d{1,2}[:.]\d{2}[:.](\d{2})(?!\d)/.exec(String(cell ?? '').trim());
  return m ? Number(m[1]) % 60 : 0;
}

/** 'HHMMSS' and i, o or - : one log event's key within its day. */
export function logRecordKey(event: LogEvent, seconds: number): string {
  const time = event.timestamp.slice(11, 13) + event.timestamp.slice(14, 16) + String(seconds).padStart(2, '0');
  return time + (event.direction === 'in' ? 'i' : event.direction === 'out' ? 'o' : '-');
}

/** Adds `n` of `key` to the bag. */
export function addToBag(bag: RecordBag, key: string, n = 1): void {
  bag.set(key, (bag.get(key) ?? 0) + n);
}

/** The bag written compactly ('073112i 073140o*2'), keys in order; '' when empty. */
export function encodeBag(bag: ReadonlyMap<string, number>): string {
  return [...bag].filter(([, n]) => n > 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, n]) => (n === 1 ? k : `${k}*${n}`)).join(' ');
}

/** The bag back from `encodeBag`'s text. */
export function decodeBag(text: string): RecordBag {
  const bag: RecordBag = new Map();
  for (const part of text.split(' ')) {
    if (part === '') continue;
    const star = part.lastIndexOf('*');
    if (star < 0) addToBag(bag, part);
    else addToBag(bag, part.slice(0, star), Number(part.slice(star + 1)));
  }
  return bag;
}

/** What `a` has beyond `b` (a - b, never below zero). */
export function bagMinus(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): RecordBag {
  const out: RecordBag = new Map();
  for (const [k, n] of a) if (n - (b.get(k) ?? 0) > 0) out.set(k, n - (b.get(k) ?? 0));
  return out;
}

/** The number of records in the bag. */
export function bagSize(bag: ReadonlyMap<string, number>): number {
  let n = 0;
  for (const v of bag.values()) n += v;
  return n;
}
