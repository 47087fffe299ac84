import { describe, expect, it } from 'vitest';
import { parseHomeworkDays } from '../../../src/core/ingest/parse-homework-days.js';
import { parseWorkdays } from '../../../src/core/ingest/parse-workdays.js';

describe('parseWorkdays', () => {
  it.each([['5', 5], ['4', 4], ['4,5', 4.5], ['4.5', 4.5], ['0,5', 0.5], ['1', 1], ['6', 6], ['7', 7], [' 3 ', 3], ['2,0', 2], ['3 dagen', 3]])(
    'reads %j as %d',
    (raw, expected) => {
      expect(parseWorkdays(raw)).toEqual({ ok: true, value: expected });
    },
  );

  it.each(['0', '8', '-1', '4,3', '0,25', '7,5', 'vijf', '', '36'])('rejects %j', (raw) => {
    expect(parseWorkdays(raw).ok).toBe(false);
  });
});

describe('parseHomeworkDays', () => {
  it.each([['0', 0], ['1', 1], ['2', 2], ['1,5', 1.5], ['5', 5], ['geen', 0], ['Geen', 0], ['none', 0], ['nee', 0], ['0,5', 0.5]])(
    'reads %j as %d',
    (raw, expected) => {
      expect(parseHomeworkDays(raw)).toEqual({ ok: true, value: expected });
    },
  );

  it.each(['6', '-1', '1,2', 'soms', 'wisselend', '', '7'])('rejects %j', (raw) => {
    expect(parseHomeworkDays(raw).ok).toBe(false);
  });
});
