import { describe, expect, it } from 'vitest';
import { createScan } from '../../../src/core/scan/create-scan.js';
import type { EmployeeRow } from '../../../src/core/scan/employee-row.js';
import { loadDefaultSettings } from '../settings/load-defaults.js';
import { context, employees } from './scan-fixture.js';

const settings = loadDefaultSettings();

function run(onEmployee?: (row: EmployeeRow) => void) {
  const scan = createScan(settings, context, { onEmployee });
  for (const e of employees) scan.add(e);
  return scan.finish({ rowsRead: 13, rowsRejected: 1 });
}

/*
 * Worked by hand (defaults; 214 days for 5 days a week; GD = PCT 2020 Go Dutch, EB = E-bike,
 * both at g = 0.78 so the gradient terms vanish: logit = -1.468 + d1 d + 1.988 sqrt(d) + d3 d^2).
 * Bike km = HR distance, else great-circle x 1.25; car km = HR, else x 1.3.
 *
 *  #  location  precision      bike/car km   mode (rule)        band     CO2 kg/yr
 *  1  A         distance-only  2             fiets              0-2.5    0
 *  2  A         distance-only  5             auto benzine       2.5-7.5  2x5x214x195/1000    = 417.30
 *  3  A (pc)    distance-only  12            auto diesel        7.5-15   2x12x214x180/1000   = 924.48
 *  4  A         pc6            12.5 / 13     auto (lease car)   7.5-15   2x13x214x190/1000   = 1057.16
 *  5  A         pc4            13.125/13.65  auto elektrisch    7.5-15   2x13.65x214x85/1000 = 496.587
 *  6  A         pc4            50 / 52       auto benzine       30+      2x52x214x195/1000   = 4339.92
 *  7  A         place (ambig.) 3.75 / 3.9    e-bike             2.5-7.5  2x3.75x214x3.3/1000 = 5.2965
 *  8  A         none           -             onbekend (rule)    unknown  none
 *  9  unmatched distance-only  20            auto benzine, 4 d  15-30    2x20x171.2x195/1000 = 1335.36
 * 10  B (pc)    distance-only  8             trein              7.5-15   2x8x214x19/1000     = 65.056
 * 11  B (key)   distance-only  25            carpool            15-30    2x25x214x(190/2)/1000 = 1016.5
 * 12  B         distance-only  3             auto hybride, 2 d  2.5-7.5  2x3x85.6x150/1000   = 77.04
 *
 * Car commuters' switch shares (GD, EB - GD): #2 0.403808, 0.065842; #3 0.127318, 0.085791;
 * #4 0.115678, 0.083493; #5 0.102643, 0.080386; #6 0 (over 30 km); #9 0.031904, 0.049099;
 * #12 0.475647, 0.040629.
 * PT: #4, #5, #7 share station S1 with the hospital (no PT). #6: access 1 km x 1.25 by bike =
 * 5 + 3 min, wait 7.5, ride 39 x 1.15 km at 70 = 38.44, egress 0: 53.94 min; car 52 km =
 * 17.14 + 20 + 16.5 + 5 = 58.64 min; VF 0.92 -> PT share 0.45.
 * Carpool: #4 and #5 live 0.5 km apart, both >= 10 km: one group of 2; remainders 1 - EB:
 * 0.800829 and 0.816970; expected = remainder x 0.2 x 1/2 = 0.080083 + 0.081697 = 0.161780.
 * Peak: #2 08:30 start, 13.6 min drive -> both peaks; #3 early shift -> neither; #5 08:00 start
 * -> both (home at 16:30 + 25.8 min); #12 10:00 -> neither; #4, #6, #9, #11 assumption 0.5/0.5.
 * Car trips a day per window: 1 + 0.5 + 1 + 0.5 + 0.5 x 0.8 (#9) + 0.5 / 2 (#11 carpool) = 3.65.
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
      modeRules: { given: 10, leaseCar: 1, ovAllowance: 0, kmAllowance: 0, unknown: 1 },
      ptEstimate: { estimated: 1, noStations: 0, sameStation: 3, stationTooFar: 0 },
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

  it('gives potential head counts and expected switchers', () => {
    expect(overall.carCommuters).toBe(7);
    // bike: GD over all car commuters = 0.403808 + 0.127318 + 0.115678 + 0.102643 + 0.031904 + 0.475647
    expect(overall.potential).toEqual({
      walk: { carCommuters: 0, expectedSwitchers: null },
      bike: { carCommuters: 2, expectedSwitchers: 1.26 }, // 1.2570 (#2, #12 in bike bands)
      ebike: { carCommuters: 3, expectedSwitchers: 0.41 }, // 0.4052
      speedPedelec: { carCommuters: 1, expectedSwitchers: null },
      pt: { carCommuters: 2, expectedSwitchers: 0.45 }, // #6, #9 in PT bands; only #6 has a PT estimate
      carpool: { carCommuters: 2, expectedSwitchers: 0.16 },
    });
    expect(hospital!.potential.carpool).toEqual({ carCommuters: 2, expectedSwitchers: 0.16 });
    expect(office!.potential.bike).toEqual({ carCommuters: 1, expectedSwitchers: 0.48 });
  });

  it('counts peak car trips now and avoided', () => {
    expect(overall.peak).toEqual({
      carCommutersInPeak: { morning: 3.5, evening: 3.5 }, // 1 + 0 + 0.5 + 1 + 0.5 + 0.5 + 0
      basis: { startTime: 3, shift: 1, assumption: 3 },
      carTripsPerDay: { morning: 3.65, evening: 3.65, total: 7.3 },
      // #2 0.46965 + #4 0.5 x 0.199171 + #5 0.183029 + #6 0.5 x 0.45 + #9 0.4 x 0.081003
      // + carpool #4 0.5 x 0.080083 + #5 0.081697 = 1.1314 per window
      avoidedCarTripsPerDay: { morning: 1.13, evening: 1.13, total: 2.26 },
    });
    expect(hospital!.peak.carTripsPerDay).toEqual({ morning: 3, evening: 3, total: 6 });
    expect(office!.peak.carTripsPerDay).toEqual({ morning: 0.25, evening: 0.25, total: 0.5 });
  });

  it('computes CO2 now and after the expected switches', () => {
    const co2 = overall.co2KgPerYear;
    // auto: 417.3 + 924.48 + 1057.16 + 496.587 + 4339.92 + 1335.36 + 77.04 = 8647.847
    expect(co2.nowByMode).toEqual({ auto: 8647.8, 'e-bike': 5.3, trein: 65.1, carpool: 1016.5 });
    expect(co2.now).toBe(9734.7);
    // auto after: sum of CO2 x (1 - GD - (EB-GD) - PT) minus the carpool shares x CO2 = 5727.26;
    // e-bike after: 5.2965 + sum of (EB-GD) x e-bike CO2 (6.0617); ov: 0.45 x 422.864 = 190.29
    expect(co2.afterByMode).toEqual({ auto: 5727.3, 'e-bike': 11.4, ov: 190.3, trein: 65.1, carpool: 1016.5 });
    expect(co2.after).toBe(7010.5);
    expect(co2.employeesWithoutCo2).toBe(1);
  });

  it('sums person-km a year by mode and fuel', () => {
    const km = Object.fromEntries(overall.kmPerYear.map((k) => [`${k.mode}|${k.fuel ?? ''}`, k.km]));
    expect(km).toEqual({
      'fiets|': 856, 'auto|benzine': 2140 + 22256 + 6848, 'auto|diesel': 5136, 'auto|onbekend': 5564,
      'auto|elektrisch': 5842, 'e-bike|': 1605, 'trein|': 3424, 'carpool|onbekend': 10700, 'auto|hybride': 514,
    });
  });

  it('aggregates per PC4 with the centroid where known', () => {
    expect(overall.pc4.find((c) => c.pc4 === '1001')).toEqual({ pc4: '1001', lat: null, lon: null, employees: 2, carCommuters: 1, carShare: 0.5 });
    expect(overall.pc4.find((c) => c.pc4 === '3000')?.lat).toBeCloseTo(51.8 + 40 / 111.195, 3);
    expect(overall.pc4.map((c) => c.pc4)).toEqual(['1001', '1234', '2000', '3000', '8888', '9999']);
  });

  it('echoes every setting with its source and stays free of per-employee data', () => {
    expect(result.method.settings.find((m) => m.setting === 'detourFactor.bike')).toMatchObject({ value: 1.25, source: expect.stringMatching(/METHOD.md 3/) });
    expect(result.method.co2FactorsVersion).toBe('2026.2');
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
    expect(rows[5]).toMatchObject({ ptFactor: 0.92, pPt: 0.45, carpoolGroup: null });
  });

  it('refuses to finish twice', () => {
    const scan = createScan(settings, context);
    scan.finish({ rowsRead: 0, rowsRejected: 0 });
    expect(() => scan.finish({ rowsRead: 0, rowsRejected: 0 })).toThrow(/twice/);
  });
});
