import { describe, expect, it } from 'vitest';
import { compareDayRecords } from '../../../src/core/track/compare-day-records.js';
import { type RecordBag, decodeBag, encodeBag, logRecordKey, secondsOfCell } from '../../../src/core/track/record-bag.js';

const bag = (...keys: string[]): RecordBag => {
  const b: RecordBag = new Map();
  for (const k of keys) b.set(k, (b.get(k) ?? 0) + 1);
  return b;
};
/** n events a minute apart from 07:00, in, each at second `sec`. */
const events = (n: number, sec: number, from = 0) => Array.from({ length: n }, (_, i) => `07${String(from + i).padStart(2, '0')}${String(sec).padStart(2, '0')}i`);

describe('comparing a day of a new file with what is stored', () => {
  it('tells new, same, contained, completes and apart', () => {
    expect(compareDayRecords(bag('070000i'), undefined)).toBe('new');
    expect(compareDayRecords(bag('070000i', '070000i'), bag('070000i', '070000i'))).toBe('same');
    expect(compareDayRecords(bag('070000i'), bag('070000i', '070000i'))).toBe('contained');
    expect(compareDayRecords(bag('070000i', '070000i', '170000o'), bag('070000i'))).toBe('completes');
    expect(compareDayRecords(bag('170000o'), bag('070000i'))).toBe('apart');
  });

  it('takes a log sharing a few seconds with many other records for other vehicles, and a re-export of the same hours for an overlap', () => {
    const stored = bag(...events(40, 10));
    const others = bag(...events(39, 20), '070010i'); // one vehicle in the same second as a stored one
    expect(compareDayRecords(others, stored, { timeKeys: true })).toBe('apart');
    expect(compareDayRecords(others, stored)).toBe('overlaps');
    const reExport = bag(...events(20, 10), ...events(20, 11, 20)); // the same first 20, then others
    expect(compareDayRecords(reExport, stored, { timeKeys: true })).toBe('overlaps');
  });

  it('keys a log event by time to the second and direction, never by plate', () => {
    expect(logRecordKey({ timestamp: '2026-03-03T07:05', direction: 'in', vehicleKey: 'AB12CD' }, 9)).toBe('070509i');
    expect(logRecordKey({ timestamp: '2026-03-03T17:05' }, 0)).toBe('170500-');
    expect(secondsOfCell('03.03.2026 07:05:09')).toBe(9);
    expect(secondsOfCell('03-03-2026 07:05')).toBe(0);
    expect(secondsOfCell(new Date(Date.UTC(2026, 2, 3, 7, 5, 41)))).toBe(41);
    const b = bag('170500-', '070509i', '070509i');
    expect(decodeBag(encodeBag(b))).toEqual(b);
  });
});
