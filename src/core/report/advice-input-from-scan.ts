import type { AdviceInput, Sector } from '../advice/types.js';
import { SECTORS } from '../advice/types.js';
import type { Fuel } from '../ingest/types.js';
import type { ScanResult } from '../scan/scan-result.js';

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

/** What the advice rules read, taken from a scan's overall figures (aggregates only). */
export function adviceInputFromScan(result: ScanResult, extra: { sector?: string | null; goalGap?: AdviceInput['goalGap'] } = {}): AdviceInput {
  const o = result.overall;
  const p = result.carProfile;
  const byFuel: Partial<Record<Fuel, number>> = {};
  for (const [fuel, count] of Object.entries(p.leaseCars.byFuel) as [Fuel, number | null][]) byFuel[fuel] = n(count);
  const sector = toSector(extra.sector);
  return {
    employees: o.employees,
    carCommuters: o.carCommuters,
    carAvgOneWayKm: p.avgOneWayKm,
    carCommutersInPeak: { ...o.peak.carCommutersInPeak },
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
  };
}
