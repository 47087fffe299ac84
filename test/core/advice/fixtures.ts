import { renderText } from '../../../src/core/i18n/index.js';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { Catalogue } from '../../../src/core/advice/catalogue-schema.js';
import { parseCatalogue } from '../../../src/core/advice/parse-catalogue.js';
import type { AdviceInput } from '../../../src/core/advice/types.js';

/** The parsed contents of templates/advice/measures.json, unvalidated. */
export function readCatalogueJson(): unknown {
  return JSON.parse(readFileSync(new URL('../../../templates/advice/measures.json', import.meta.url), 'utf8'));
}

/** The shipped catalogue, validated; throws if it is invalid. */
export function loadCatalogue(): Catalogue {
  const result = parseCatalogue(readCatalogueJson());
  if (!result.ok) throw new Error(result.errors.map((e) => renderText(e, 'en')).join('\n'));
  return result.catalogue;
}

/**
 * A hospital like the public Dordrecht case (docs/method.md): about 3,000 staff, mostly shift work (few can
 * work from home), about 1,800 peak car trips a day and 180 avoidances still needed.
 */
export const hospital: AdviceInput = {
  employees: 3000,
  carCommuters: 1900,
  carAvgOneWayKm: 14,
  carCommutersInPeak: { morning: 950, evening: 850 },
  peakCarTripsPerWorkingDay: 1520, // 1,800 drivers in a window, present on about 0.84 of working days
  workingDaysPerYear: 255,
  carBands: [
    { fromKm: 0, toKm: 2.5, carCommuters: 120, avgOneWayKm: 1.8, expectedBikeSwitchers: 60, expectedEbikeSwitchers: 62 },
    { fromKm: 2.5, toKm: 7.5, carCommuters: 380, avgOneWayKm: 5.2, expectedBikeSwitchers: 140, expectedEbikeSwitchers: 165 },
    { fromKm: 7.5, toKm: 15, carCommuters: 412, avgOneWayKm: 11, expectedBikeSwitchers: 70, expectedEbikeSwitchers: 105 },
    { fromKm: 15, toKm: 30, carCommuters: 610, avgOneWayKm: 21, expectedBikeSwitchers: 20, expectedEbikeSwitchers: 45 },
    { fromKm: 30, toKm: null, carCommuters: 378, avgOneWayKm: 42 },
  ],
  goodPt: { carCommuters: 260, avgOneWayKm: 24, expectedSwitchers: 80 },
  carpool: { candidates: 430, clusters: 120, avgOneWayKm: 22 },
  leaseCars: { byFuel: { benzine: 20, elektrisch: 15, onbekend: 5 }, avgOneWayKm: 30 },
  homeworkEligible: { employees: 200, carCommuters: 110 },
  commutingDaysPerYear: 180,
  co2TonnesPerYear: 2300,
  goalGap: { peakAvoidancesPerDay: 180, co2TonnesPerYear: 600 },
  sector: 'zorg',
};

/** A city office where every car commuter lives 15 km or more away. */
export const farOffice: AdviceInput = {
  ...hospital,
  sector: 'kantoor',
  carBands: hospital.carBands.map((b) => (b.fromKm < 15 ? { ...b, carCommuters: 0, expectedBikeSwitchers: 0, expectedEbikeSwitchers: 0 } : b)),
};

const count = fc.integer({ min: 0, max: 5000 });
const km = fc.double({ min: 0, max: 120, noNaN: true });
const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });

/** Any plausible company, including empty groups, unknown fields and inconsistent counts. */
export const arbitraryAdviceInput: fc.Arbitrary<AdviceInput> = fc.record({
  employees: count,
  carCommuters: count,
  carAvgOneWayKm: km,
  carCommutersInPeak: fc.record({ morning: count, evening: count }),
  peakCarTripsPerWorkingDay: fc.double({ min: 0, max: 10000, noNaN: true }),
  workingDaysPerYear: fc.integer({ min: 0, max: 262 }),
  carBands: fc.constant(hospital.carBands).chain((bands) =>
    fc.tuple(...bands.map((b) => fc.record({ carCommuters: count, avgOneWayKm: km, bike: maybe(fc.double({ min: 0, max: 6000, noNaN: true })) }).map((r) => ({
      fromKm: b.fromKm,
      toKm: b.toKm,
      carCommuters: r.carCommuters,
      avgOneWayKm: r.avgOneWayKm,
      ...(r.bike === undefined ? {} : { expectedBikeSwitchers: r.bike, expectedEbikeSwitchers: r.bike * 1.5 }),
    })))),
  ),
  goodPt: fc.record({ carCommuters: count, avgOneWayKm: km, expectedSwitchers: maybe(fc.double({ min: 0, max: 6000, noNaN: true })) }, { requiredKeys: ['carCommuters', 'avgOneWayKm'] }),
  carpool: fc.record({ candidates: count, clusters: count, avgOneWayKm: km }),
  leaseCars: fc.record({ byFuel: fc.record({ benzine: count, elektrisch: count }), avgOneWayKm: km }),
  homeworkEligible: maybe(fc.record({ employees: count, carCommuters: maybe(count) }, { requiredKeys: ['employees'] })),
  shortBusinessFlightsPerYear: maybe(count),
  commutingDaysPerYear: fc.double({ min: 0, max: 260, noNaN: true }),
  co2TonnesPerYear: fc.double({ min: 0, max: 10000, noNaN: true }),
  goalGap: maybe(fc.record({ peakAvoidancesPerDay: maybe(fc.double({ min: -50, max: 500, noNaN: true })), co2TonnesPerYear: maybe(fc.double({ min: -50, max: 500, noNaN: true })) }, { requiredKeys: [] })),
  carGramsPerKm: maybe(fc.double({ min: 0, max: 400, noNaN: true })),
}, { requiredKeys: ['employees', 'carCommuters', 'carAvgOneWayKm', 'carCommutersInPeak', 'peakCarTripsPerWorkingDay', 'workingDaysPerYear', 'carBands', 'goodPt', 'carpool', 'leaseCars', 'commutingDaysPerYear', 'co2TonnesPerYear'] }) as fc.Arbitrary<AdviceInput>;
