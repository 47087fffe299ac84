import type { AdviceInput, Sector } from '../advice/types.js';
import { SECTORS } from '../advice/types.js';
import type { Fuel } from '../ingest/types.js';
import type { ScanResult } from '../scan/scan-result.js';
import { workingDaysBetween } from '../track/working-days.js';

const n = (count: number | null | undefined): number => count ?? 0; // a suppressed group is too small to advise on

/** Sector words as users type them, to the advice engine's sectors. */
function toSector(sector: string | null | undefined): Sector | undefined {
  if (!sector) return undefined;
  const s = sector.toLowerCase();
  const direct = SECTORS.find((x) => x === s);
  if (direct) return direct;
  if (/zorg|ziekenhuis|care|hospital|health/.test(s)) return 'zorg';
  if (/onderwijs|school|college|educat|universit/.test(s)) return 'onderwijs';
  if (/logist|transport|distrib|warehouse/.test(s)) return 'logistiek';
  if (/gemeente|overheid|municipal|government|provincie/.test(s)) return 'overheid';
  if (/kantoor|office|zakelijk|finan|consult/.test(s)) return 'kantoor';
  if (/industr|fabriek|productie|manufact/.test(s)) return 'industrie';
  return 'overig';
}

/**
 * CO2 per car-km of this company's own fuel mix: the scan's car CO2 over its car km (both on the
 * scan's basis, WTW by default); undefined when the scan has no car km.
 */
export function ownCarGramsPerKm(result: ScanResult): number | undefined {
  const o = result.overall;
  const km = o.kmPerYear.filter((k) => k.mode === 'auto').reduce((s, k) => s + k.km, 0);
  const kg = o.co2KgPerYear.nowByMode.auto ?? 0;
  return km > 0 && kg > 0 ? (kg * 1000) / km : undefined;
}

/** What the advice rules read, taken from a scan's overall figures (aggregates only); year: the scan's, for its working days. */
export function adviceInputFromScan(result: ScanResult, extra: { sector?: string | null; goalGap?: AdviceInput['goalGap']; year: number }): AdviceInput {
  const o = result.overall;
  const carGramsPerKm = ownCarGramsPerKm(result);
  const p = result.carProfile;
  const byFuel: Partial<Record<Fuel, number>> = {};
  for (const [fuel, count] of Object.entries(p.leaseCars.byFuel) as [Fuel, number | null][]) byFuel[fuel] = n(count);
  const sector = toSector(extra.sector);
  return {
    employees: o.employees,
    carCommuters: o.carCommuters,
    carAvgOneWayKm: p.avgOneWayKm,
    carCommutersInPeak: { ...o.peak.carCommutersInPeak },
    peakCarTripsPerWorkingDay: o.peak.carTripsPerDay.total,
    workingDaysPerYear: workingDaysBetween(`${extra.year}-01-01`, `${extra.year}-12-31`).length,
    carBands: p.bands.map((b) => ({
      fromKm: b.fromKm,
      toKm: b.toKm,
      carCommuters: n(b.carCommuters),
      avgOneWayKm: b.avgOneWayKm,
      // The scenario's car drivers of the band (PCT scenario logic per location x band), not a per-person switch rate.
      expectedBikeSwitchers: b.scenarioBike,
      expectedEbikeSwitchers: b.scenarioEbike,
    })),
    goodPt: { carCommuters: n(p.goodPt.carCommuters), avgOneWayKm: p.goodPt.avgOneWayKm, expectedSwitchers: p.scenarioCarDrivers.pt },
    carpool: { candidates: n(p.carpool.candidates), clusters: p.carpool.groups, avgOneWayKm: p.avgOneWayKm },
    leaseCars: { byFuel, avgOneWayKm: p.leaseCars.avgOneWayKm },
    ...(p.homeworkEligible ? { homeworkEligible: { employees: n(p.homeworkEligible.employees), carCommuters: n(p.homeworkEligible.carCommuters) } } : {}),
    commutingDaysPerYear: p.avgCommutingDaysPerYear,
    ...(p.fuelMix.gPerVehicleKm > 0 ? { carGramsPerKm: p.fuelMix.gPerVehicleKm } : {}),
    co2TonnesPerYear: o.co2KgPerYear.now / 1000,
    ...(extra.goalGap && Object.keys(extra.goalGap).length > 0 ? { goalGap: extra.goalGap } : {}),
    ...(sector ? { sector } : {}),
    ...(carGramsPerKm !== undefined && { carGramsPerKm }),
  };
}
