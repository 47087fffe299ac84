import { describe, expect, it } from 'vitest';
import { createScan } from '../../../src/core/scan/create-scan.js';
import type { EmployeeRow } from '../../../src/core/scan/employee-row.js';
import { loadDefaultSettings } from '../settings/load-defaults.js';
import { context, employees } from './scan-fixture.js';

const settings = loadDefaultSettings();

function run(onEmployee?: (row: EmployeeRow) => void) {
  const scan = createScan(settings, context, { year: 2025, onEmployee });
  for (const e of employees) scan.add(e);
  return scan.finish({ rowsRead: 13, rowsRejected: 1 });
}

/*
 * Worked by hand (defaults; 214 commuting days for 5 days a week; 2025 has 254 working days, so a
 * full-timer makes 214 / 254 = 0.8425 trips per window per working day. GD = PCT 2020 Go Dutch,
 * EB = E-bike, both at g = 0.78 so the gradient terms vanish: logit = -1.468 + d1 d + 1.988 sqrt(d)
 * + d3 d^2, d held within 1..30 km). Bike km = HR distance, else great-circle x 1.25; car km = HR,
 * else x 1.3. Checked independently with a separate script (the same arithmetic in Python).
 *
 *  #  location  precision      bike/car km   mode (rule)        band     CO2 kg/yr
 *  1  A         distance-only  2             fiets              0-2.5    0
 *  2  A         distance-only  5             auto benzine       2.5-7.5  2x5x214x195/1000    = 417.30
 *  3  A (pc)    distance-only  12            auto diesel        7.5-15   2x12x214x180/1000   = 924.48
 *  4  A         pc6            12.5 / 13     auto (lease car)   7.5-15   2x13x214x190/1000   = 1057.16
 *  5  A         pc4            13.125/13.65  auto elektrisch    7.5-15   2x13.65x214x85/1000 = 496.587
 *  6  A         pc4            50 / 52       auto benzine       30+      2x52x214x195/1000   = 4339.92
 *  7  A         place (ambig.) 3.75 / 3.9    e-bike             2.5-7.5  2x3.75x214x3.3/1000 = 5.2965
 *  8  A         none           -             onbekend (rule)    unknown  none (no distance: not estimated either)
 *  9  unmatched distance-only  20            auto benzine, 4 d  15-30    2x20x171.2x195/1000 = 1335.36
 * 10  B (pc)    distance-only  8             trein              7.5-15   2x8x214x19/1000     = 65.056
 * 11  B (key)   distance-only  25            carpool            15-30    2x25x214x(190/2)/1000 = 1016.5
 * 12  B         distance-only  3             auto hybride, 2 d  2.5-7.5  2x3x85.6x150/1000   = 77.04
 *
 * Shares of all commuters, GD / EB: 2 km 0.486013 / 0.513256; 3 km 0.475647 / 0.516276; 3.75 km
 * 0.453985 / 0.504464; 5 km 0.403808 / 0.469651; 8 km 0.264722 / 0.354406; 12 km 0.127318 /
 * 0.213109; 12.5 km 0.115678 / 0.199171; 13.125 km 0.102643 / 0.183030; 20 km 0.031904 /
 * 0.081003; 25 km 0.018431 / 0.058291; 30 km and beyond (#6, held at 30) 0.014780 / 0.056659.
 *
 * Scenario groups (location x band); extra = max(0, sum of p - cyclists), e-bike on top of GD;
 * car drivers = extra x car drivers / non-cyclists:
 *  A 0-2.5   {#1 fiets}: GD 0.486 <= 1 cyclist: at Dutch level, 0 extra.
 *  A 2.5-7.5 {#2 auto, #7 e-bike}: GD 0.857794, EB 0.974115 <= 1 cyclist: at Dutch level, 0 extra,
 *            so #2 (a car driver at 5 km) switches in no scenario.
 *  A 7.5-15  {#3, #4, #5 auto}: GD 0.345639 extra (all car drivers), EB 0.595310 - 0.345639 = 0.249671.
 *  A 30+     {#6 auto}: GD 0.014780, EB 0.041879. PT: #6 has the only PT estimate: access 1 km x
 *            1.25 by bike = 5 + 3 min, wait 7.5, ride 39 x 1.15 = 44.85 km at 70 = 38.44 min, one
 *            transfer (ride over 30 km) 7.5, egress 0: 61.44 min; car 52 km = 17.14 + 20 + 16.5 + 5 =
 *            58.64 min; VF 1.048 -> PT share 0.45; pool after cycling 1 - 0.056659: 0.45 PT users,
 *            all car drivers (0.477028 of what is left).
 *  U 15-30   {#9 auto}: GD 0.031904, EB 0.049099.
 *  B 2.5-7.5 {#12 auto}: GD 0.475647, EB 0.040629 (no peak trips: starts 10:00).
 *  B 7.5-15  {#10 trein}: GD 0.264722, EB 0.089684 extra cyclists, none of them car drivers.
 *  B 15-30   {#11 carpool}: GD 0.018431, EB 0.039860 extra, none of them car drivers.
 * Totals: GD extra 1.151124, car drivers 0.867970; EB extra 0.510822, car drivers 0.381278.
 * Carpool: #4 and #5 live 0.5 km apart, both >= 10 km: one group of 2; left in the car after
 * cycling 1 - 0.115213 - 0.083224 = 0.801563; expected = 0.801563 x 0.2 x 1/2 = 0.080156 each.
 * Peak: #2 08:30 start, 13.6 min drive -> both peaks; #3 early shift -> neither; #5 08:00 start
 * -> both (home at 16:30 + 25.8 min); #12 10:00 -> neither; #4, #6, #9, #11 assumption 0.5/0.5.
 * Car trips per window: (214 x (1 + 0.5 + 1 + 0.5 + 0.5 / 2 (#11 carpool)) + 0.5 x 171.2 (#9)) / 254
 * = 781.1 / 254 = 3.075197.
 * Avoided per window: A 7.5-15 (0.115213 + 0.083224) x (0.5 + 1) x 0.8425 = 0.250780; A 30+
 * (0.014780 + 0.041879) x 0.5 x 0.8425 + 0.45 x 0.5 x 0.8425 = 0.213435; U 15-30 (0.081003) x 0.5 x
 * 171.2 / 254 = 0.027299; carpool 0.080156 x (0.5 + 1) x 0.8425 = 0.101300: 0.592814 a window.
 */
describe('createScan (golden, 12 employees)', () => {
  const result = run();
  const { overall } = result;
  const [hospital, office] = result.locations;

  it('counts employees, precision and data quality', () => {
    expect(overall.employees).toBe(12);
    expect(overall.precision).toEqual({ pc6: 1, pc4: 2, place: 1, 'distance-only': 7, none: 1 });
    expect(result.dataQuality).toEqual({
      rowsRead: 13, rowsRejected: 1, rowsUsed: 12,
      precision: overall.precision,
      ambiguousPlaces: 1,
      unmatchedLocationEmployees: 1,
      homesTooFar: 0,
      modeRules: { given: 10, leaseCar: 1, ovAllowance: 0, kmAllowance: 0, estimated: 0, unknown: 1 },
      ptEstimate: { estimated: 1, withTransfer: 1, noStations: 0, sameStation: 3, stationTooFar: 0, stationsTooClose: 0 },
    });
  });

  it('matches locations by name, postcode and key, and lists the unmatched value', () => {
    expect(hospital!.employees).toBe(8);
    expect(office!.employees).toBe(3);
    expect(office!.key).toBe('DH');
    expect(result.unmatchedLocations).toEqual([{ value: 'Hoofdkantoor', employees: 1 }]);
  });

  it('tabulates band x mode', () => {
    const cells = Object.fromEntries(overall.byBandMode.map((c) => [`${c.band}|${c.mode}`, c.employees]));
    expect(cells).toEqual({
      '0-2.5|fiets': 1, '2.5-7.5|auto': 2, '2.5-7.5|e-bike': 1, '7.5-15|auto': 3, '7.5-15|trein': 1,
      '15-30|auto': 1, '15-30|carpool': 1, '30+|auto': 1, 'unknown|onbekend': 1,
    });
  });

  it('gives in-reach head counts, apart from the scenario', () => {
    expect(overall.carCommuters).toBe(7);
    expect(overall.modesEstimated).toBe(0);
    expect(overall.inReach).toEqual({
      walk: { carCommuters: 0 },
      bike: { carCommuters: 2 }, // #2, #12 in bike bands
      ebike: { carCommuters: 3 },
      speedPedelec: { carCommuters: 1 },
      pt: { carCommuters: 2 }, // #6, #9 in PT bands
      carpool: { carCommuters: 2 },
    });
    expect(hospital!.inReach.carpool).toEqual({ carCommuters: 2 });
    expect(office!.inReach.bike).toEqual({ carCommuters: 1 });
  });

  it('applies the PCT scenario per location x band group, e-bike on top of Go Dutch, PT after cycling', () => {
    const sc = overall.scenario;
    expect(sc).toMatchObject({
      commuters: 11,
      cyclistsNow: 2,
      goDutch: { levelCyclists: 2.49, extraCyclists: 1.15, carDrivers: 0.87 },
      ebike: { levelCyclists: 3.15, extraCyclists: 0.51, carDrivers: 0.38 },
      pt: { commutersWithEstimate: 1, usersNow: 0, levelUsers: 0.45, extraUsers: 0.45, carDrivers: 0.45 },
      carpool: { carDrivers: 0.16 },
      carDrivers: 1.86, // 0.867970 + 0.381278 + 0.45 + 0.160313
      groupsAtDutchLevel: 2,
      groups: 8,
    });
    // the hospital's 2.5-7.5 group already cycles at the Dutch level: its car driver (#2) stays
    expect(hospital!.scenario.byBand[1]).toMatchObject({ band: '2.5-7.5', commuters: 2, cyclistsNow: 1, carCommuters: 1, atDutchLevel: true, goDutch: { extraCyclists: 0, carDrivers: 0 }, ebike: { extraCyclists: 0 } });
    expect(hospital!.scenario.byBand[2]).toMatchObject({ goDutch: { levelCyclists: 0.35, extraCyclists: 0.35, carDrivers: 0.35 }, ebike: { extraCyclists: 0.25, carDrivers: 0.25 } });
    // summed over both locations the band is not at the Dutch level (#12 at the office is not)
    expect(sc.byBand[1]).toMatchObject({ band: '2.5-7.5', atDutchLevel: false, goDutch: { extraCyclists: 0.48, carDrivers: 0.48 } });
    // extra cyclists also come from non-car modes: the train user at 8 km and the carpooler at 25 km
    expect(office!.scenario).toMatchObject({ goDutch: { extraCyclists: 0.76, carDrivers: 0.48 }, ebike: { extraCyclists: 0.17, carDrivers: 0.04 } });
    expect(result.carProfile.scenarioCarDrivers).toEqual({ bike: 0.87, ebike: 0.38, pt: 0.45, carpool: 0.16, total: 1.86 });
    expect(result.carProfile.bands.map((b) => [b.scenarioBike, b.scenarioEbike, b.scenarioPt])).toEqual([[0, 0, 0], [0.48, 0.04, 0], [0.35, 0.25, 0], [0.03, 0.05, 0], [0.01, 0.04, 0.45]]);
  });

  it('counts peak car trips per working day from the calendar, and those the scenario avoids', () => {
    expect(result.method).toMatchObject({ year: 2025, workingDaysPerYear: 254, fullTimerTripsPerWorkingDay: 0.843 });
    expect(overall.peak).toEqual({
      carCommutersInPeak: { morning: 3.5, evening: 3.5 }, // 1 + 0 + 0.5 + 1 + 0.5 + 0.5 + 0
      basis: { startTime: 3, shift: 1, assumption: 3 },
      carTripsPerDay: { morning: 3.08, evening: 3.08, total: 6.15 }, // 3.075197 a window
      // 0.592814 a window; by part: bike 0.325164, e-bike 0.278730, PT 0.379134, carpool 0.202600 (both windows)
      avoidedCarTripsPerDay: { morning: 0.59, evening: 0.59, total: 1.19, bike: 0.33, ebike: 0.28, pt: 0.38, carpool: 0.2 },
    });
    // hospital: (214 x (1 + 0.5 + 1 + 0.5)) / 254 = 2.5276 a window
    expect(hospital!.peak.carTripsPerDay).toEqual({ morning: 2.53, evening: 2.53, total: 5.06 });
    expect(office!.peak.carTripsPerDay).toEqual({ morning: 0.21, evening: 0.21, total: 0.42 }); // 0.5 x 214 / 2 / 254
    expect(result.carProfile.peakCarTripsPerDay).toEqual({ morning: 2.86, evening: 2.86, total: 5.73 }); // without the carpooler
    expect(result.carProfile.presencePerWorkingDay).toBe(0.75); // (5 x 214 + 171.2 + 85.6) / 7 / 254
  });

  it('computes CO2 now and in the scenario', () => {
    const co2 = overall.co2KgPerYear;
    // auto: 417.3 + 924.48 + 1057.16 + 496.587 + 4339.92 + 1335.36 + 77.04 = 8647.847
    expect(co2.nowByMode).toEqual({ auto: 8647.8, 'e-bike': 5.3, trein: 65.1, carpool: 1016.5 });
    expect(co2.now).toBe(9734.7);
    // auto: each group's car CO2 x what stays in the car, less the carpool shares = 5684.731;
    // e-bike: 5.2965 + the e-bike share x the e-bike CO2 of the car drivers = 13.855;
    // train (the PT scenario's factor): 65.056 + 0.45 x 2 x 52 x 214 x 19 / 1000 = 255.345
    expect(co2.afterByMode).toEqual({ auto: 5684.7, 'e-bike': 13.9, trein: 255.3, carpool: 1016.5 });
    expect(co2.after).toBe(6970.4);
    expect(co2.employeesWithoutCo2).toBe(1);
    // the company's own car factor: km-weighted over its car drivers (8,647,890 g / 48,300 km)
    expect(result.carProfile.fuelMix.gPerVehicleKm).toBe(179);
  });

  it('sums person-km a year by mode and fuel', () => {
    const km = Object.fromEntries(overall.kmPerYear.map((k) => [`${k.mode}|${k.fuel ?? ''}`, k.km]));
    expect(km).toEqual({
      'fiets|': 856, 'auto|benzine': 2140 + 22256 + 6848, 'auto|diesel': 5136, 'auto|onbekend': 5564,
      'auto|elektrisch': 5842, 'e-bike|': 1605, 'trein|': 3424, 'carpool|onbekend': 10700, 'auto|hybride': 514,
    });
  });

  it('aggregates per PC4 with the centroid where known', () => {
    // #1 (fiets, 2 km) and #2 (auto, 5 km) share PC4 1001: 0.486 + 0.404 < 1 cyclist, so at the Dutch level
    expect(overall.pc4.find((c) => c.pc4 === '1001')).toEqual({
      pc4: '1001', lat: null, lon: null, employees: 2, carCommuters: 1, carShare: 0.5,
      scenario: { goDutchExtra: 0, ebikeExtra: 0, carDrivers: 0, atDutchLevel: true },
    });
    expect(overall.pc4.find((c) => c.pc4 === '3000')?.scenario).toEqual({ goDutchExtra: 0.01, ebikeExtra: 0.04, carDrivers: 0.51, atDutchLevel: false });
    expect(overall.pc4.find((c) => c.pc4 === '8888')?.scenario).toBeNull(); // no distance, no scenario
    expect(overall.pc4.find((c) => c.pc4 === '3000')?.lat).toBeCloseTo(51.8 + 40 / 111.195, 3);
    expect(overall.pc4.map((c) => c.pc4)).toEqual(['1001', '1234', '2000', '3000', '8888', '9999']);
  });

  it('echoes every setting with its source and stays free of per-employee data', () => {
    expect(result.method.settings.find((m) => m.setting === 'detourFactor.bike')).toMatchObject({ value: 1.25, source: expect.stringMatching(/1\.25/) });
    expect(result.method.settings.every((m) => !/METHOD\.md/.test(m.source))).toBe(true);
    expect(result.method.co2FactorsVersion).toBe('2026.3');
    expect(result.suppression).toBeNull();
    const json = JSON.stringify(result);
    expect(json).not.toMatch(/"P1"|personnelId|"row"/);
    expect(JSON.parse(json)).toEqual(result);
  });

  it('hands the confidential per-employee rows to onEmployee, with carpool groups', () => {
    const rows: EmployeeRow[] = [];
    run((r) => rows.push(r));
    expect(rows.map((r) => r.row)).toEqual(employees.map((e) => e.row));
    expect(rows[0]).toMatchObject({ personnelId: 'P1', band: '0-2.5', distanceKm: 2, precision: 'distance-only', potential: { walk: true, bike: true } });
    expect(rows[3]).toMatchObject({ mode: 'auto', modeRule: 'leaseCar', carpoolGroup: 1, potential: { carpool: true, ebike: true } });
    expect(rows[4]?.carpoolGroup).toBe(1);
    expect(rows[5]).toMatchObject({ ptFactor: 1.05, ptShare: 0.45, pGoDutch: 0.015, pEbike: 0.057, carpoolGroup: null });
  });

  it('refuses to finish twice', () => {
    const scan = createScan(settings, context, { year: 2025 });
    scan.finish({ rowsRead: 0, rowsRejected: 0 });
    expect(() => scan.finish({ rowsRead: 0, rowsRejected: 0 })).toThrow(/twice/);
  });
});
