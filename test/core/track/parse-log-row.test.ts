import { describe, expect, it } from 'vitest';
import { parseLogRow } from '../../../src/core/track/parse-log-row.js';
import { renderText } from '../../../src/core/i18n/index.js';

const oneColumn = { timestamp: 0, direction: 1, vehicleKey: 2, headers: ['Tijdstip', 'Richting', 'Kenteken'] };

describe('parseLogRow', () => {
  it.each([
    ['27-11-2026 07:45', '2026-11-27T07:45'],
    ['2026-11-27 07:45:10', '2026-11-27T07:45'],
    ['27/11/2026 7:45', '2026-11-27T07:45'],
    ['2026-11-27T07:45', '2026-11-27T07:45'],
    ['27.11.2026 07.45', '2026-11-27T07:45'],
    ['2026-11-27T06:45:00Z', '2026-11-27T07:45'], // UTC, winter time in Amsterdam is UTC+1
    ['2026-06-01T05:45:00+00:00', '2026-06-01T07:45'], // summer time is UTC+2
  ])('reads the date-time %s', (text, timestamp) => {
    expect(parseLogRow([text, 'in'], oneColumn, 2)).toEqual({ event: { timestamp, direction: 'in' }, problems: [] });
  });

  it('reads separate date and time columns, as text or as Excel values', () => {
    const columns = { date: 0, time: 1 };
    expect(parseLogRow(['27-11-2026', '7:45'], columns, 2).event).toEqual({ timestamp: '2026-11-27T07:45' });
    const excelDate = new Date(Date.UTC(2026, 10, 27));
    expect(parseLogRow([excelDate, 0.5 + 1 / 48], columns, 2).event).toEqual({ timestamp: '2026-11-27T12:30' });
    expect(parseLogRow([46353.3229166667], { timestamp: 0 }, 2).event).toEqual({ timestamp: '2026-11-27T07:45' });
  });

  it.each([
    ['in', 'in'], ['IN', 'in'], ['Binnen', 'in'], ['entry', 'in'], ['inrit', 'in'],
    ['uit', 'out'], ['OUT', 'out'], ['buiten', 'out'], ['Exit', 'out'], ['uitrit', 'out'],
  ])('understands the direction %s', (word, direction) => {
    expect(parseLogRow(['2026-11-27 07:45', word], oneColumn, 2).event?.direction).toBe(direction);
  });

  it('keeps a row with an unknown direction and warns with row and column', () => {
    const parsed = parseLogRow(['2026-11-27 07:45', 'door 3'], oneColumn, 7);
    expect(parsed.event).toEqual({ timestamp: '2026-11-27T07:45' });
    expect(parsed.problems).toEqual([
      expect.objectContaining({ row: 7, column: 'Richting', code: 'unknown-direction', severity: 'warning' }),
    ]);
  });

  it('turns differently written plates into one key and never puts a plate in a problem', () => {
    expect(parseLogRow(['2026-11-27 07:45', 'in', 'ab-12 cd'], oneColumn, 2).event?.vehicleKey).toBe('AB12CD');
    const parsed = parseLogRow(['31-11-2026 07:45', 'in', 'AB-12-CD'], oneColumn, 3);
    expect(JSON.stringify(parsed)).not.toContain('AB');
  });

  it('rejects rows without a readable time, naming row and column', () => {
    expect(parseLogRow(['31-11-2026 07:45'], oneColumn, 4).problems).toEqual([
      expect.objectContaining({ row: 4, column: 'Tijdstip', code: 'invalid-timestamp', severity: 'error' }),
    ]);
    const headerless = parseLogRow(['27-11-2026', '25:10'], { date: 0, time: 1 }, 5).problems[0]!;
    expect(headerless).toMatchObject({ row: 5, code: 'invalid-time' });
    expect(renderText(headerless.column!, 'nl')).toBe('kolom 2');
    expect(renderText(headerless.column!, 'en')).toBe('column 2');
    expect(parseLogRow(['x'], {}, 6).problems[0]).toMatchObject({ code: 'no-time-column' });
  });

  it('skips blank rows silently', () => {
    expect(parseLogRow(['', null, undefined], oneColumn, 9)).toEqual({ event: null, problems: [] });
  });
});
