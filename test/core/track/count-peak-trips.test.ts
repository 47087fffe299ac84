import fc from 'fast-check';
import { renderText, type Text } from '../../../src/core/i18n/index.js';
/** What an English reader sees. */
const en = (texts: readonly (string | Text)[]) => texts.map((t) => renderText(t, 'en'));
import { describe, expect, it } from 'vitest';
import { countPeakTrips, countPeakTripsAsync } from '../../../src/core/track/count-peak-trips.js';
import type { LogEvent } from '../../../src/core/track/types.js';
import { workingDaysBetween } from '../../../src/core/track/working-days.js';

const CARS = 5;

/** Two weeks of a garage log around Christmas 2026, weekends and holidays included. */
function christmasLog(): LogEvent[] {
  const events: LogEvent[] = [];
  for (let d = 21; d <= 31; d += 1) {
    const date = `2026-12-${d}`;
    for (let car = 0; car < CARS; car += 1) {
      const plate = `AB-${10 + car}-CD`;
      events.push({ timestamp: `${date}T07:${10 + car}`, direction: 'in', vehicleKey: plate });
      events.push({ timestamp: `${date}T17:${10 + car}:30`, direction: 'out', vehicleKey: plate });
    }
    events.push({ timestamp: `${date}T08:15`, direction: 'in', vehicleKey: 'AB-10-CD' }); // the same car again in the same window
    events.push({ timestamp: `${date}T09:00`, direction: 'in', vehicleKey: 'ZZ-99-ZZ' }); // window ends before 09:00
    events.push({ timestamp: `${date}T06:59`, direction: 'in', vehicleKey: 'YY-98-YY' }); // before the window
    events.push({ timestamp: `${date}T18:00`, direction: 'out', vehicleKey: 'XX-97-XX' }); // window ends before 18:00
    events.push({ timestamp: `${date}T17:00`, direction: 'in', vehicleKey: 'WW-96-WW' }); // arriving in the evening
    events.push({ timestamp: `${date}T08:00`, direction: 'out', vehicleKey: 'VV-95-VV' }); // leaving in the morning
  }
  return events;
}

describe('countPeakTrips', () => {
  it('counts arrivals in the morning and departures in the evening on working days only', () => {
    const result = countPeakTrips(christmasLog());
    expect(result.days.map((d) => d.date)).toEqual(workingDaysBetween('2026-12-21', '2026-12-31'));
    expect(result.days.every((d) => d.morning === CARS && d.evening === CARS)).toBe(true);
    expect(result.skippedNonWorkingDays).toBe(3); // 25 and 26 December, 27 December (Sunday)
    expect(en(result.assumptions)).toContain('a vehicle is counted at most once per window per day');
    expect(result.warnings).toEqual([]);
  });

  it('never returns a licence plate', () => {
    expect(JSON.stringify(countPeakTrips(christmasLog()))).not.toMatch(/AB-1\dCD|AB-1\d-CD|ZZ-99/);
  });

  it('counts every event when there is no vehicle key', () => {
    const events: LogEvent[] = [
      { timestamp: '2026-11-27T07:30', direction: 'in' },
      { timestamp: '2026-11-27T07:30', direction: 'in' },
    ];
    expect(countPeakTrips(events).days).toEqual([{ date: '2026-11-27', morning: 2, evening: 0 }]);
  });

  it('reads a log without directions as entries before noon and exits after, and says so', () => {
    const events: LogEvent[] = [
      { timestamp: '2026-11-27T07:30' },
      { timestamp: '2026-11-27T11:30' },
      { timestamp: '2026-11-27T16:45' },
      { timestamp: '2026-11-27T17:59:59' },
    ];
    const result = countPeakTrips(events);
    expect(result.days).toEqual([{ date: '2026-11-27', morning: 1, evening: 2 }]);
    expect(en(result.assumptions)[0]).toMatch(/4 events had no direction: before 12:00 taken as an entry/);
    expect(renderText(result.assumptions[0]!, 'nl')).toMatch(/^4 passages hadden geen richting: voor 12:00 geteld als binnenkomst/);
  });

  it('uses the peak windows it is given', () => {
    const windows = { morning: { startMin: 390, endMin: 555 }, evening: { startMin: 960, endMin: 1110 } };
    const events: LogEvent[] = [{ timestamp: '2026-11-27T06:45', direction: 'in' }, { timestamp: '2026-11-27T18:15', direction: 'out' }];
    expect(countPeakTrips(events, { windows }).days).toEqual([{ date: '2026-11-27', morning: 1, evening: 1 }]);
  });

  it('keeps a working day with events only outside the windows as a day with zero trips', () => {
    const result = countPeakTrips([{ timestamp: '2026-11-27T12:00', direction: 'in' }]);
    expect(result.days).toEqual([{ date: '2026-11-27', morning: 0, evening: 0 }]);
  });

  it('warns about gaps in the log, invalid timestamps and events out of time order', () => {
    const result = countPeakTrips([
      { timestamp: '2026-11-23T07:30', vehicleKey: 'A' },
      { timestamp: '2026-11-27T07:30', vehicleKey: 'A' },
      { timestamp: '2026-11-23T07:40', vehicleKey: 'B' },
      { timestamp: '2026-11-31T07:30' },
      { timestamp: 'yesterday' },
    ]);
    expect(result.days.map((d) => d.morning)).toEqual([2, 1]);
    expect(en(result.warnings).join('\n')).toMatch(/2 events without a valid timestamp/);
    expect(en(result.warnings).join('\n')).toMatch(/not in time order on 1 day;/);
    expect(en(result.warnings).join('\n')).toMatch(/3 working days between 23 Nov 2026 and 27 Nov 2026 have no events/);
    expect(result.warnings.map((w) => renderText(w, 'nl'))).toEqual([
      '2 passages zonder geldig tijdstip zijn weggelaten',
      'het logbestand staat op 1 dag niet op volgorde van tijd; een auto kan daar twee keer geteld zijn',
      '3 werkdagen tussen 23-11-2026 en 27-11-2026 hebben helemaal geen passages (een gat in het logbestand?) en zijn weggelaten',
    ]);
  });

  it('gives the same result from an async stream', async () => {
    async function* stream() {
      yield* christmasLog();
    }
    expect(await countPeakTripsAsync(stream())).toEqual(countPeakTrips(christmasLog()));
  });

  it('does not change when a keyed event is logged twice in a row', () => {
    const event = fc.record({
      minute: fc.integer({ min: 0, max: 1439 }),
      day: fc.integer({ min: 23, max: 27 }),
      direction: fc.constantFrom('in' as const, 'out' as const),
      key: fc.constantFrom('A', 'B', 'C'),
    });
    fc.assert(
      fc.property(fc.array(event, { maxLength: 30 }), (raw) => {
        const events = raw
          .sort((a, b) => a.day - b.day || a.minute - b.minute)
          .map((e): LogEvent => ({
            timestamp: `2026-11-${e.day}T${String(Math.floor(e.minute / 60)).padStart(2, '0')}:${String(e.minute % 60).padStart(2, '0')}`,
            direction: e.direction,
            vehicleKey: e.key,
          }));
        const doubled = events.flatMap((e) => [e, { ...e }]);
        expect(countPeakTrips(doubled).days).toEqual(countPeakTrips(events).days);
        for (const d of countPeakTrips(events).days) expect(Math.max(d.morning, d.evening)).toBeLessThanOrEqual(3);
      }),
    );
  });
});
