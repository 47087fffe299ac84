import { describe, expect, it } from 'vitest';
import { parseDailyCounts } from '../../../src/core/track/parse-daily-counts.js';
import { parseAvoidanceRegistrations } from '../../../src/core/track/parse-avoidance-registrations.js';

const columns = { date: 0, morning: 1, evening: 2, headers: ['Datum', 'Ochtend', 'Avond'] };

describe('parseDailyCounts', () => {
  it('reads Dutch dates and thousands separators', () => {
    const parsed = parseDailyCounts([['27-11-2026', '1.000', '800'], ['2026-11-26', 990, '790']], columns);
    expect(parsed.rows).toEqual([
      { date: '2026-11-26', morning: 990, evening: 790 },
      { date: '2026-11-27', morning: 1000, evening: 800 },
    ]);
    expect(parsed.errors).toEqual([]);
  });

  it('rejects bad cells with row and column, and leaves weekends out with a warning', () => {
    const parsed = parseDailyCounts(
      [['27-11-2026', '12,5', '800'], ['28-11-2026', '10', '10'], ['31-11-2026', '-3', '']],
      columns,
    );
    expect(parsed.rows).toEqual([]);
    expect(parsed.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, 'Ochtend', 'invalid-count'],
      [4, 'Datum', 'invalid-date'],
      [4, 'Ochtend', 'invalid-count'],
      [4, 'Avond', 'invalid-count'],
    ]);
    expect(parsed.warnings.map((w) => [w.row, w.code])).toEqual([[3, 'non-working-day']]);
  });

  it('keeps the later row of a date given twice and says so', () => {
    const parsed = parseDailyCounts([['27-11-2026', '1', '1'], ['27-11-2026', '2', '2']], columns);
    expect(parsed.rows).toEqual([{ date: '2026-11-27', morning: 2, evening: 2 }]);
    expect(parsed.warnings[0]).toMatchObject({ row: 3, code: 'duplicate-date' });
  });
});

describe('parseAvoidanceRegistrations', () => {
  it('reads date, count, mode and reason, and leaves holidays out', () => {
    const parsed = parseAvoidanceRegistrations(
      [['27-11-2026', '3', 'fiets', ''], ['25-12-2026', '1', '', ''], ['27-11-2026', '2', '', 'thuiswerken']],
      { date: 0, count: 1, mode: 2, reason: 3 },
    );
    expect(parsed.rows).toEqual([
      { date: '2026-11-27', count: 3, mode: 'fiets' },
      { date: '2026-11-27', count: 2, reason: 'thuiswerken' },
    ]);
    expect(parsed.warnings.map((w) => w.code)).toEqual(['non-working-day']);
  });

  it('counts each row as one trip when there is no count column', () => {
    expect(parseAvoidanceRegistrations([['27-11-2026']], { date: 0 }).rows).toEqual([{ date: '2026-11-27', count: 1 }]);
  });
});
