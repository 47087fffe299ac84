import { describe, expect, it } from 'vitest';
import type { Employee, Mode } from '../../../src/core/ingest/types.js';
import { createScan } from '../../../src/core/scan/create-scan.js';
import type { ScanContext } from '../../../src/core/scan/scan-context.js';
import { loadDefaultSettings } from '../settings/load-defaults.js';

const settings = loadDefaultSettings();
const context: ScanContext = { locations: [{ name: 'Kantoor', lat: 51.8, lon: 4.66 }], geocoder: { pc4: () => undefined, place: () => undefined }, stations: [] };

/** People at one distance, `count` of each mode, all full-time with an 08:00 start (both peaks). */
function group(distanceKm: number, modes: [Mode, number][]): Employee[] {
  return modes.flatMap(([mode, count]) =>
    Array.from({ length: count }, (_, i): Employee => ({ row: i + 2, country: 'NL', mode, distanceKm, startMinutes: 480, ...(mode === 'auto' ? { fuel: 'benzine' as const } : {}) })),
  );
}

function scan(people: Employee[], year = 2025) {
  const s = createScan(settings, context, { year });
  people.forEach((e) => s.add(e));
  return s.finish({ rowsRead: people.length, rowsRejected: 0 });
}

// PCT 2020 at 5 km, flat (g = 0.78): Go Dutch logit = -1.468 - 0.71726 x 5 + 1.988 x sqrt(5) + 0.008775 x 25
// = -0.38962, p = 0.403808; E-bike logit = -1.468 - 0.66217 x 5 + 1.988 x sqrt(5) + 0.00848 x 25 = -0.12155,
// p = 0.469651 (the published flat-land values: 0.40 and 0.47).
const P_GO_DUTCH_5 = 0.403808;
const P_EBIKE_5 = 0.469651;

describe('the PCT scenario on a hand-computed group', () => {
  it('gives no extra cyclists to a group of 100 at 5 km of whom 55 cycle (already above the Dutch level)', () => {
    const result = scan(group(5, [['fiets', 55], ['auto', 35], ['trein', 10]]));
    const sc = result.overall.scenario;
    expect(sc.goDutch.levelCyclists).toBeCloseTo(100 * P_GO_DUTCH_5, 1);
    expect(sc.goDutch).toMatchObject({ extraCyclists: 0, carDrivers: 0 });
    expect(sc.ebike).toMatchObject({ extraCyclists: 0, carDrivers: 0 });
    expect(sc.groupsAtDutchLevel).toBe(1);
    expect(sc.byBand[1]).toMatchObject({ band: '2.5-7.5', atDutchLevel: true });
    expect(result.overall.peak.avoidedCarTripsPerDay.total).toBe(0);
  });

  it('gives extra = 100 x p - 10 for a group of 100 at 5 km of whom 10 cycle, car drivers by their share of the non-cyclists', () => {
    // 10 cycling, 60 driving, 20 by train, 10 walking: the extra come from the 90 non-cyclists in proportion
    const result = scan(group(5, [['fiets', 10], ['auto', 60], ['trein', 20], ['lopen', 10]]));
    const sc = result.overall.scenario;
    const extra = 100 * P_GO_DUTCH_5 - 10; // 30.3808
    expect(sc.goDutch.extraCyclists).toBeCloseTo(extra, 1);
    expect(sc.goDutch.carDrivers).toBeCloseTo((extra * 60) / 90, 1); // 20.25
    // E-bike on top of Go Dutch, never double: (100 x 0.469651 - 10) - 30.3808 = 6.5843
    const ebikeExtra = 100 * P_EBIKE_5 - 10 - extra;
    expect(sc.ebike.extraCyclists).toBeCloseTo(ebikeExtra, 1);
    expect(sc.ebike.carDrivers).toBeCloseTo((ebikeExtra * 60) / 90, 1);
    expect(sc.goDutch.extraCyclists + sc.ebike.extraCyclists).toBeCloseTo(100 * P_EBIKE_5 - 10, 1);
    expect(sc.groupsAtDutchLevel).toBe(0);
    // every car driver drives in both peaks on 214 / 254 working days; the scenario's car drivers avoid theirs
    const perDriver = 214 / 254;
    expect(result.overall.peak.carTripsPerDay.total).toBeCloseTo(60 * 2 * perDriver, 1);
    expect(result.overall.peak.avoidedCarTripsPerDay.total).toBeCloseTo(((extra + ebikeExtra) * 60) / 90 * 2 * perDriver, 1);
  });

  it('is not a per-person switch rate: p x the car drivers would give 60 x 0.40 = 24 instead of 20', () => {
    const result = scan(group(5, [['fiets', 10], ['auto', 60], ['trein', 20], ['lopen', 10]]));
    expect(result.overall.scenario.goDutch.carDrivers).not.toBeCloseTo(60 * P_GO_DUTCH_5, 0);
  });

  it('gives an all-car group beyond 30 km the share at 30 km, not 0', () => {
    const result = scan(group(60, [['auto', 20]]));
    const at30 = 0.01478; // Go Dutch at 30 km
    expect(result.overall.scenario.goDutch.extraCyclists).toBeCloseTo(20 * at30, 2);
    expect(result.overall.scenario.goDutch.carDrivers).toBeGreaterThan(0);
  });

  it('treats an HR distance of 0 as the same area: the share at 1 km, not lower', () => {
    const zero = scan(group(0, [['auto', 10]])).overall.scenario.goDutch.levelCyclists;
    const oneKm = scan(group(1, [['auto', 10]])).overall.scenario.goDutch.levelCyclists;
    expect(zero).toBe(oneKm);
    expect(oneKm).toBeCloseTo(10 * 0.453, 1);
  });
});

describe('peak trips per working day from the calendar', () => {
  it('counts a full-timer as about 0.84 trips per window per working day in 2025 (214 / 254), not 1', () => {
    const result = scan(group(20, [['auto', 1]]), 2025);
    expect(result.method.workingDaysPerYear).toBe(254); // 261 weekdays minus 7 public holidays on weekdays (Liberation Day 2025 included)
    expect(result.overall.peak.carTripsPerDay.morning).toBeCloseTo(0.84, 2);
    expect(result.overall.peak.carTripsPerDay.evening).toBeCloseTo(0.84, 2);
    expect(result.overall.peak.carTripsPerDay.morning).toBeLessThan(0.9);
    expect(result.method.fullTimerTripsPerWorkingDay).toBe(0.843);
  });

  it('takes the working days of the scan year', () => {
    expect(scan(group(20, [['auto', 1]]), 2026).method.workingDaysPerYear).toBe(255);
    expect(() => createScan(settings, context, { year: Number.NaN })).toThrow(/year/);
  });
});

describe('an export without a mode column', () => {
  // No mode, no allowance, no lease car: only distances.
  const people: Employee[] = [2, 4, 6, 9, 12, 14, 18, 22, 28, 40].flatMap((km) =>
    Array.from({ length: 20 }, (_, i): Employee => ({ row: i + 2, country: 'NL', mode: 'onbekend', distanceKm: km })),
  );
  const result = scan(people);

  it('estimates the current modes from national shares by distance and says so', () => {
    expect(result.dataQuality.modeRules).toMatchObject({ given: 0, estimated: 200, unknown: 0 });
    expect(result.overall.modesEstimated).toBe(200);
    expect(result.locations[0]!.modesEstimated).toBe(200);
    expect(result.overall.byBandMode.some((c) => c.mode === 'onbekend')).toBe(false);
  });

  it('gives a non-zero car count, peak trips and CO2 that follow the shares', () => {
    const o = result.overall;
    // 7.5-15 km: 60.6% car drivers of 60 people = 36, give or take one per distance row
    const carAt = (band: string) => o.byBandMode.find((c) => c.band === band && c.mode === 'auto')?.employees ?? 0;
    expect(carAt('7.5-15')).toBeGreaterThanOrEqual(35);
    expect(carAt('7.5-15')).toBeLessThanOrEqual(37);
    expect(carAt('0-2.5')).toBe(4); // 20% of 20
    expect(o.carCommuters).toBeGreaterThan(100);
    expect(o.peak.carTripsPerDay.total).toBeGreaterThan(0);
    expect(o.co2KgPerYear.now).toBeGreaterThan(10_000);
  });

  it('is deterministic: the same export gives the same estimate', () => {
    expect(scan(people).overall.byBandMode).toEqual(result.overall.byBandMode);
  });

  it('leaves the modes unknown when switched off', () => {
    const off = { ...settings, modeInference: { ...settings.modeInference, estimateUnknown: false } };
    const s = createScan(off, context, { year: 2025 });
    people.forEach((e) => s.add(e));
    const r = s.finish({ rowsRead: 200, rowsRejected: 0 });
    expect(r.overall.carCommuters).toBe(0);
    expect(r.overall.modesEstimated).toBe(0);
  });
});

describe('motorcycles, mopeds and OV of unknown kind in a scan', () => {
  it('counts their CO2 (never 0 kg) and puts OV on the bus or the train by distance', () => {
    const result = scan([
      { row: 2, country: 'NL', mode: 'motor', distanceKm: 20 },
      { row: 3, country: 'NL', mode: 'scooter', distanceKm: 10 },
      { row: 4, country: 'NL', mode: 'ov', distanceKm: 5 },
      { row: 5, country: 'NL', mode: 'ov', distanceKm: 20 },
    ]);
    const co2 = result.overall.co2KgPerYear;
    expect(co2.employeesWithoutCo2).toBe(0);
    expect(co2.nowByMode.motor).toBeCloseTo((2 * 20 * 214 * 137) / 1000, 1);
    expect(co2.nowByMode.scooter).toBeCloseTo((2 * 10 * 214 * 55) / 1000, 1);
    // 5 km by bus (104 g/pkm), 20 km by train (19 g/pkm)
    expect(co2.nowByMode.ov).toBeCloseTo((2 * 5 * 214 * 104 + 2 * 20 * 214 * 19) / 1000, 1);
    const km = Object.fromEntries(result.overall.kmPerYear.map((k) => [`${k.mode}|${k.fuel ?? ''}`, k.km]));
    expect(km).toMatchObject({ 'bus|': 2 * 5 * 214, 'trein|': 2 * 20 * 214, 'motor|onbekend': 2 * 20 * 214, 'scooter|onbekend': 2 * 10 * 214 });
  });
});

describe('a geocoded distance', () => {
  it('is held to the same 250 km limit as an HR distance', () => {
    const far: ScanContext = { ...context, geocoder: { pc4: (pc4) => (pc4 === '9999' ? { lat: 53.5, lon: 8.5 } : { lat: 51.85, lon: 4.66 }), place: () => undefined } };
    const s = createScan(settings, far, { year: 2025 });
    s.add({ row: 2, country: 'NL', pc4: '9999', mode: 'auto' }); // about 310 km away
    s.add({ row: 3, country: 'NL', pc4: '3311', mode: 'auto' }); // 5.6 km
    const r = s.finish({ rowsRead: 2, rowsRejected: 0 });
    expect(r.dataQuality.homesTooFar).toBe(1);
    expect(r.overall.byBandMode.find((c) => c.band === 'unknown')?.employees).toBe(1);
    expect(r.overall.co2KgPerYear.employeesWithoutCo2).toBe(1);
    expect(r.overall.employees).toBe(2);
  });
});
