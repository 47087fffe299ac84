import { describe, expect, it } from 'vitest';
import { renderText } from '../../../src/core/i18n/index.js';
import { parseAvoidanceRegistrations } from '../../../src/core/track/parse-avoidance-registrations.js';
import { parseDailyCounts } from '../../../src/core/track/parse-daily-counts.js';
import { parseKmTable } from '../../../src/core/track/parse-km-table.js';
import { parseLogRow } from '../../../src/core/track/parse-log-row.js';

const both = (reason: Parameters<typeof renderText>[0]) => [renderText(reason, 'nl'), renderText(reason, 'en')];

describe('why a row of a tracking file was left out, in the reader’s language', () => {
  it('log rows: a bad time, a bad date, an unknown direction', () => {
    const time = parseLogRow(['03-03-2026', '25:00'], { date: 0, time: 1, headers: ['Datum', 'Tijd'] }, 9).problems[0]!;
    expect([time.code, time.column, ...both(time.reason)]).toEqual(['invalid-time', 'Tijd', 'geen tijd (bijvoorbeeld 07:45)', 'not a time (e.g. 07:45)']);
    const stamp = parseLogRow(['gisteren'], { timestamp: 0 }, 4).problems[0]!;
    expect(both(stamp.reason)).toEqual(['geen datum en tijd (bijvoorbeeld 27-11-2026 07:45)', 'not a date and time (e.g. 27-11-2026 07:45)']);
    const direction = parseLogRow(['03-03-2026 07:30', 'links'], { timestamp: 0, direction: 1 }, 5).problems[0]!;
    expect(renderText(direction.reason, 'nl')).toBe('niet in/uit/entry/exit; geteld op het tijdstip (voor 12:00 in, vanaf 12:00 uit)');
  });

  it('daily counts and registrations: counts, weekends and doubled dates', () => {
    const counts = parseDailyCounts([['27-11-2026', '-3', '800'], ['28-11-2026', '1', '1'], ['26-11-2026', 1, 1], ['26-11-2026', 2, 2]], { date: 0, morning: 1, evening: 2 });
    expect(counts.errors.map((p) => [p.code, ...both(p.reason)])).toEqual([['invalid-count', 'geen heel getal van 0 of meer', 'not a whole number of 0 or more']]);
    expect(counts.warnings.map((p) => [p.code, renderText(p.reason, 'nl')])).toEqual([
      ['non-working-day', 'een weekenddag of feestdag; weggelaten'],
      ['duplicate-date', 'deze datum stond er al; deze rij vervangt die'],
    ]);
    const registrations = parseAvoidanceRegistrations([['31-02-2026', 1]], { date: 0, count: 1 });
    expect(registrations.errors.map((p) => [p.code, ...both(p.reason)])).toEqual([['invalid-date', 'geen datum (bijvoorbeeld 27-11-2026)', 'not a date (e.g. 27-11-2026)']]);
  });

  it('km tables: the row and what is wrong with it', () => {
    const { errors } = parseKmTable([['modaliteit', 'km'], ['raket', '100'], ['auto', 'veel']]);
    expect(errors.map(both)).toEqual([
      ['rij 2: onbekende vervoerwijze', 'row 2: unknown mode of travel'],
      ['rij 3: km is geen getal van 0 of meer', 'row 3: km is not a number of 0 or more'],
    ]);
  });
});
