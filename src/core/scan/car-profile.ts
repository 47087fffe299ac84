import type { Fuel } from '../ingest/types.js';
import type { ScanSettings } from '../settings/scan-settings-schema.js';
import type { EmployeeAssessment } from './assess-employee.js';
import type { Count } from './scan-result.js';

/** A PT option counts as good up to this travel-time factor (METHOD.md 4: VF 1.5 still gives 30-35%). */
const GOOD_PT_FACTOR = 1.5;

/** The car commuters as the advice rules need them (METHOD.md 7): by band, with PT, lease cars, carpool. */
export interface CarProfile {
  carCommuters: number;
  /** Average one-way road km of car commuters with a known distance. */
  avgOneWayKm: number;
  /** Average commuting days a year of a car commuter. */
  avgCommutingDaysPerYear: number;
  bands: { band: string; fromKm: number; toKm: number | null; carCommuters: Count; avgOneWayKm: number; expectedBike: number; expectedEbike: number }[];
  goodPt: { carCommuters: Count; avgOneWayKm: number; expectedSwitchers: number };
  leaseCars: { byFuel: Partial<Record<Fuel, Count>>; avgOneWayKm: number };
  carpool: { candidates: Count; groups: number };
  /** Employees whose export gives work-from-home days (> 0): they can work from home; null when the export has no such column. */
  homeworkEligible: { employees: Count; carCommuters: Count } | null;
}

const mean = (sum: number, n: number): number => (n > 0 ? sum / n : 0);

/** Accumulates the car profile of a scan, one car commuter at a time. */
export class CarProfileAccumulator {
  private n = 0;
  private kmSum = 0;
  private kmN = 0;
  private daysSum = 0;
  private readonly band: { n: number; km: number; bike: number; ebike: number }[];
  private pt = { n: 0, km: 0, expected: 0 };
  private lease = { km: 0, n: 0, byFuel: {} as Partial<Record<Fuel, number>> };
  private carpool = { candidates: 0, groups: 0 };
  private homework = { known: 0, employees: 0, car: 0 };

  constructor(private readonly settings: ScanSettings) {
    this.band = settings.bands.map(() => ({ n: 0, km: 0, bike: 0, ebike: 0 }));
  }

  /** Adds one employee; most figures count car commuters only. */
  add(a: EmployeeAssessment, e: { leaseCar?: boolean; homeworkDaysPerWeek?: number }): void {
    if (e.homeworkDaysPerWeek !== undefined) {
      this.homework.known++;
      if (e.homeworkDaysPerWeek > 0) {
        this.homework.employees++;
        if (a.mode === 'auto') this.homework.car++;
      }
    }
    if (a.mode !== 'auto') return;
    this.n++;
    this.daysSum += a.daysPerYear;
    const km = a.carKm;
    if (km !== undefined) {
      this.kmSum += km;
      this.kmN++;
    }
    const b = this.band[a.band];
    if (b) {
      b.n++;
      b.km += km ?? 0;
      b.bike += a.pBike;
      b.ebike += a.pEbike;
    }
    if (a.ptFactor !== undefined && a.ptFactor <= GOOD_PT_FACTOR) {
      this.pt.n++;
      this.pt.km += km ?? 0;
      this.pt.expected += a.pPt;
    }
    if (e.leaseCar === true) {
      const fuel = a.fuel ?? 'onbekend';
      this.lease.byFuel[fuel] = (this.lease.byFuel[fuel] ?? 0) + 1;
      this.lease.n++;
      this.lease.km += km ?? 0;
    }
  }

  /** Records the carpool groups found at one location. */
  addCarpool(candidatesInGroups: number, groups: number): void {
    this.carpool.candidates += candidatesInGroups;
    this.carpool.groups += groups;
  }

  /** The profile; counts are suppressed later with the rest of the result. */
  finish(): CarProfile {
    let fromKm = 0;
    return {
      carCommuters: this.n,
      avgOneWayKm: mean(this.kmSum, this.kmN),
      avgCommutingDaysPerYear: mean(this.daysSum, this.n),
      bands: this.settings.bands.map((band, i) => {
        const b = this.band[i]!;
        const row = { band: band.id, fromKm, toKm: band.maxKm, carCommuters: b.n, avgOneWayKm: mean(b.km, b.n), expectedBike: b.bike, expectedEbike: b.ebike };
        fromKm = band.maxKm ?? fromKm;
        return row;
      }),
      goodPt: { carCommuters: this.pt.n, avgOneWayKm: mean(this.pt.km, this.pt.n), expectedSwitchers: this.pt.expected },
      leaseCars: { byFuel: { ...this.lease.byFuel }, avgOneWayKm: mean(this.lease.km, this.lease.n) },
      carpool: { ...this.carpool },
      homeworkEligible: this.homework.known > 0 ? { employees: this.homework.employees, carCommuters: this.homework.car } : null,
    };
  }
}
