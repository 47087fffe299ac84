import type { Mode } from '../ingest/types.js';
import type { EmployeeAssessment } from './assess-employee.js';

const CYCLING: ReadonlySet<Mode> = new Set(['fiets', 'e-bike', 'speed pedelec']);
const PUBLIC_TRANSPORT: ReadonlySet<Mode> = new Set(['ov', 'trein', 'bus', 'tram/metro']);

// Sums kept per group, as one flat array (a million employees: no object per employee).
const N = 0, CYC = 1, CAR = 2, PT = 3, P_GD = 4, P_EB = 5;
const PT_N = 6, PT_CYC = 7, PT_CAR = 8, PT_PT = 9, PT_SHARE = 10;
const CAR_AM = 11, CAR_PM = 12, CAR_CO2 = 13, CAR_CO2_BIKE = 14, CAR_CO2_EBIKE = 15;
const PT_CAR_AM = 16, PT_CAR_PM = 17, PT_CAR_CO2 = 18, PT_CAR_CO2_PT = 19;
const FIELDS = 20;

/** What the PCT scenario logic gives for one group of commuters (docs/method.md, Potential). */
export interface GroupOutcome {
  commuters: number;
  cyclistsNow: number;
  carNow: number;
  /** Sum of the Go Dutch / E-bike share over everyone: the scenario's number of cyclists. */
  goDutchLevel: number;
  ebikeLevel: number;
  /** max(0, level - cyclists now); e-bike: only what it adds on top of Go Dutch. */
  goDutchExtra: number;
  ebikeExtra: number;
  /** Of those, car drivers: extra x car drivers / non-cyclists. */
  goDutchCarDrivers: number;
  ebikeCarDrivers: number;
  /** Employees with a PT estimate, the PT users among them and the PT scenario level for them. */
  ptCommuters: number;
  ptNow: number;
  ptLevel: number;
  /** Extra PT users after the cycling scenario (never more than the non-PT non-cyclists left). */
  ptExtra: number;
  ptCarDrivers: number;
  /** True when the group already cycles at (or above) the Go Dutch level. */
  atDutchLevel: boolean;
  /** Car trips in each peak window per working day that the scenario's car drivers no longer make. */
  avoided: { morning: number; evening: number; bike: number; ebike: number; pt: number };
  /** CO2 of the group's car drivers after the scenario, split by where it goes. */
  carCo2After: { auto: number; bike: number; ebike: number; pt: number };
  /** Share of the car drivers who leave the car (cycling), and of those left with a PT estimate who take PT. */
  cyclingShare: number;
  ptShareOfRest: number;
}

/**
 * Groups of commuters for the PCT scenario logic (docs/method.md, Potential): p is the expected
 * share of ALL commuters of a group who cycle at a Dutch level, so per group: scenario cyclists =
 * sum of p; extra = max(0, scenario - cyclists now); the extra come from the non-cyclists' modes
 * in proportion, so car drivers switching = extra x car drivers / non-cyclists (ITSLeeds/pct
 * R/uptake.R: `pcycle * all` against the current `bicycle`). The E-bike scenario counts only what
 * it adds on top of Go Dutch. PT works the same way on the employees with a PT estimate, after
 * cycling, so a car driver switches once. Employees without a distance are not in any group.
 */
export class ScenarioGroups<K> {
  private readonly index = new Map<string, number>();
  private readonly keys: K[] = [];
  private sums = new Float64Array(64 * FIELDS);

  /** Adds one employee to the group `id` (described by `key`); returns the group's number. */
  add(id: string, key: K, a: EmployeeAssessment): number {
    let g = this.index.get(id);
    if (g === undefined) {
      g = this.keys.length;
      this.index.set(id, g);
      this.keys.push(key);
      if ((g + 1) * FIELDS > this.sums.length) {
        const grown = new Float64Array(this.sums.length * 2);
        grown.set(this.sums);
        this.sums = grown;
      }
    }
    const o = g * FIELDS;
    const x = this.sums;
    const car = a.mode === 'auto';
    const cyc = CYCLING.has(a.mode);
    const pt = PUBLIC_TRANSPORT.has(a.mode);
    x[o + N]!++;
    if (cyc) x[o + CYC]!++;
    if (car) x[o + CAR]!++;
    if (pt) x[o + PT]!++;
    x[o + P_GD]! += a.pGoDutch;
    x[o + P_EB]! += a.pEbike;
    const am = a.peak.morning * a.tripsPerDay;
    const pm = a.peak.evening * a.tripsPerDay;
    if (car) {
      x[o + CAR_AM]! += am;
      x[o + CAR_PM]! += pm;
      x[o + CAR_CO2]! += a.co2KgNow ?? 0;
      x[o + CAR_CO2_BIKE]! += a.co2KgIfBike;
      x[o + CAR_CO2_EBIKE]! += a.co2KgIfEbike;
    }
    if (a.ptShare !== undefined) {
      x[o + PT_N]!++;
      if (cyc) x[o + PT_CYC]!++;
      if (pt) x[o + PT_PT]!++;
      x[o + PT_SHARE]! += a.ptShare;
      if (car) {
        x[o + PT_CAR]!++;
        x[o + PT_CAR_AM]! += am;
        x[o + PT_CAR_PM]! += pm;
        x[o + PT_CAR_CO2]! += a.co2KgNow ?? 0;
        x[o + PT_CAR_CO2_PT]! += a.co2KgIfPt;
      }
    }
    return g;
  }

  /** The outcome of every group, with its key, in the order the groups were first seen. */
  outcomes(): { key: K; outcome: GroupOutcome }[] {
    return this.keys.map((key, g) => ({ key, outcome: groupOutcome(this.sums.subarray(g * FIELDS, (g + 1) * FIELDS)) }));
  }
}

/** The scenario of one group from its sums. */
export function groupOutcome(x: Float64Array): GroupOutcome {
  const n = x[N]!;
  const cyc = x[CYC]!;
  const car = x[CAR]!;
  const nonCyclists = n - cyc;
  const goDutchExtra = Math.min(nonCyclists, Math.max(0, x[P_GD]! - cyc));
  const ebikeExtra = Math.max(0, Math.min(nonCyclists, Math.max(0, x[P_EB]! - cyc)) - goDutchExtra);
  const fGd = nonCyclists > 0 ? goDutchExtra / nonCyclists : 0;
  const fEb = nonCyclists > 0 ? ebikeExtra / nonCyclists : 0;
  const left = 1 - fGd - fEb; // of every non-cycling mode, the part that does not cycle in the scenario
  const ptNow = x[PT_PT]!;
  const ptPool = Math.max(0, x[PT_N]! - ptNow - x[PT_CYC]!) * left;
  const ptExtra = Math.min(ptPool, Math.max(0, x[PT_SHARE]! - ptNow));
  const fPt = ptPool > 0 ? ptExtra / ptPool : 0;
  const ptCarDrivers = x[PT_CAR]! * left * fPt;
  const bikeAm = fGd * x[CAR_AM]!;
  const bikePm = fGd * x[CAR_PM]!;
  const ebikeAm = fEb * x[CAR_AM]!;
  const ebikePm = fEb * x[CAR_PM]!;
  const ptAm = fPt * left * x[PT_CAR_AM]!;
  const ptPm = fPt * left * x[PT_CAR_PM]!;
  return {
    commuters: n,
    cyclistsNow: cyc,
    carNow: car,
    goDutchLevel: x[P_GD]!,
    ebikeLevel: x[P_EB]!,
    goDutchExtra,
    ebikeExtra,
    goDutchCarDrivers: car * fGd,
    ebikeCarDrivers: car * fEb,
    ptCommuters: x[PT_N]!,
    ptNow,
    ptLevel: x[PT_SHARE]!,
    ptExtra,
    ptCarDrivers,
    atDutchLevel: n > 0 && x[P_GD]! <= cyc,
    avoided: { morning: bikeAm + ebikeAm + ptAm, evening: bikePm + ebikePm + ptPm, bike: bikeAm + bikePm, ebike: ebikeAm + ebikePm, pt: ptAm + ptPm },
    carCo2After: {
      auto: x[CAR_CO2]! * left - fPt * left * x[PT_CAR_CO2]!,
      bike: fGd * x[CAR_CO2_BIKE]!,
      ebike: fEb * x[CAR_CO2_EBIKE]!,
      pt: fPt * left * x[PT_CAR_CO2_PT]!,
    },
    cyclingShare: fGd + fEb,
    ptShareOfRest: fPt,
  };
}
