import type { Fuel } from '../ingest/types.js';
import type { ScanSettings } from '../settings/scan-settings-schema.js';
import type { EmployeeAssessment } from './assess-employee.js';
import { personFactor } from './co2-kg-per-year.js';
import type { GroupOutcome } from './scenario-groups.js';
import type { Count } from './scan-result.js';

/** A PT option counts as good up to this travel-time factor (a factor of 1.5 still gives a PT share of 30-35%). */
const GOOD_PT_FACTOR = 1.5;

/** The car commuters as the advice rules need them (docs/method.md, Advice): by band, with PT, lease cars, carpool. */
export interface CarProfile {
  carCommuters: number;
  /** Average one-way road km of car commuters with a known distance. */
  avgOneWayKm: number;
  /** Average commuting days a year of a car commuter. */
  avgCommutingDaysPerYear: number;
  /** Average share of working days a car commuter drives to work (commuting days / working days of the scan year; about 0.84 full-time). */
  presencePerWorkingDay: number;
  /** The car commuters' own trips in each peak window per working day (carpoolers today not included). */
  peakCarTripsPerDay: { morning: number; evening: number; total: number };
  /** Car commuters by fuel, and their km-weighted CO2 factor in g per vehicle-km on the scan's basis. */
  fuelMix: { byFuel: Partial<Record<Fuel, Count>>; gPerVehicleKm: number };
  /** The scenario's car drivers: Go Dutch, the e-bike increment, PT, carpool, and all together (each counted once). */
  scenarioCarDrivers: { bike: number; ebike: number; pt: number; carpool: number; total: number };
  bands: CarProfileBand[];
  /** Car commuters with a train estimate at a travel-time factor of at most 1.5. */
  goodPt: { carCommuters: Count; avgOneWayKm: number };
  leaseCars: { byFuel: Partial<Record<Fuel, Count>>; avgOneWayKm: number };
  carpool: { candidates: Count; groups: number };
  /** Employees whose export gives work-from-home days (> 0): they can work from home; null when the export has no such column. */
  homeworkEligible: { employees: Count; carCommuters: Count } | null;
}

/** Car commuters of one distance band and what the scenario takes from them. */
export interface CarProfileBand {
  band: string;
  fromKm: number;
  toKm: number | null;
  carCommuters: Count;
  avgOneWayKm: number;
  /** Their car trips in the peak windows per working day (morning + evening). */
  peakCarTripsPerDay: number;
  /** Scenario car drivers of this band: Go Dutch, the e-bike increment, PT (expected numbers). */
  scenarioBike: number;
  scenarioEbike: number;
  scenarioPt: number;
}

const mean = (sum: number, n: number): number => (n > 0 ? sum / n : 0);

/** Accumulates the car profile of a scan, one car commuter at a time. */
export class CarProfileAccumulator {
  private n = 0;
  private kmSum = 0;
  private kmN = 0;
  private daysSum = 0;
  private presenceSum = 0;
  private trips = { morning: 0, evening: 0 };
  private readonly fuel = { byFuel: {} as Partial<Record<Fuel, number>>, grams: 0, km: 0 };
  private readonly band: { n: number; km: number; trips: number; bike: number; ebike: number; pt: number }[];
  private scenario = { bike: 0, ebike: 0, pt: 0, carpool: 0 };
  private pt = { n: 0, km: 0 };
  private lease = { km: 0, n: 0, byFuel: {} as Partial<Record<Fuel, number>> };
  private carpool = { candidates: 0, groups: 0 };
  private homework = { known: 0, employees: 0, car: 0 };

  constructor(private readonly settings: ScanSettings) {
    this.band = settings.bands.map(() => ({ n: 0, km: 0, trips: 0, bike: 0, ebike: 0, pt: 0 }));
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
    this.presenceSum += a.tripsPerDay;
    const am = a.peak.morning * a.tripsPerDay;
    const pm = a.peak.evening * a.tripsPerDay;
    this.trips.morning += am;
    this.trips.evening += pm;
    const fuel = a.fuel ?? 'onbekend';
    this.fuel.byFuel[fuel] = (this.fuel.byFuel[fuel] ?? 0) + 1;
    const km = a.carKm;
    if (km !== undefined) {
      this.kmSum += km;
      this.kmN++;
      const f = personFactor('auto', a.fuel, this.settings);
      if (f) {
        this.fuel.grams += f.gPerPersonKm * a.kmPerYear;
        this.fuel.km += a.kmPerYear;
      }
    }
    const b = this.band[a.band];
    if (b) {
      b.n++;
      b.km += km ?? 0;
      b.trips += am + pm;
    }
    if (a.ptFactor !== undefined && a.ptFactor <= GOOD_PT_FACTOR) {
      this.pt.n++;
      this.pt.km += km ?? 0;
    }
    if (e.leaseCar === true) {
      this.lease.byFuel[fuel] = (this.lease.byFuel[fuel] ?? 0) + 1;
      this.lease.n++;
      this.lease.km += km ?? 0;
    }
  }

  /** Adds the scenario of one location x band group. */
  addScenario(band: number, o: GroupOutcome): void {
    const b = this.band[band];
    if (b) {
      b.bike += o.goDutchCarDrivers;
      b.ebike += o.ebikeCarDrivers;
      b.pt += o.ptCarDrivers;
    }
    this.scenario.bike += o.goDutchCarDrivers;
    this.scenario.ebike += o.ebikeCarDrivers;
    this.scenario.pt += o.ptCarDrivers;
  }

  /** Records the carpool groups found at one location and the expected passengers among them. */
  addCarpool(candidatesInGroups: number, groups: number, expectedPassengers: number): void {
    this.carpool.candidates += candidatesInGroups;
    this.carpool.groups += groups;
    this.scenario.carpool += expectedPassengers;
  }

  /** The profile; counts are suppressed later with the rest of the result. */
  finish(): CarProfile {
    let fromKm = 0;
    const r2 = (x: number): number => Math.round(x * 100) / 100;
    const sc = this.scenario;
    return {
      carCommuters: this.n,
      avgOneWayKm: mean(this.kmSum, this.kmN),
      avgCommutingDaysPerYear: mean(this.daysSum, this.n),
      presencePerWorkingDay: r2(mean(this.presenceSum, this.n)),
      peakCarTripsPerDay: { morning: r2(this.trips.morning), evening: r2(this.trips.evening), total: r2(this.trips.morning + this.trips.evening) },
      fuelMix: { byFuel: { ...this.fuel.byFuel }, gPerVehicleKm: Math.round(mean(this.fuel.grams, this.fuel.km) * 10) / 10 },
      scenarioCarDrivers: { bike: r2(sc.bike), ebike: r2(sc.ebike), pt: r2(sc.pt), carpool: r2(sc.carpool), total: r2(sc.bike + sc.ebike + sc.pt + sc.carpool) },
      bands: this.settings.bands.map((band, i) => {
        const b = this.band[i]!;
        const row: CarProfileBand = {
          band: band.id,
          fromKm,
          toKm: band.maxKm,
          carCommuters: b.n,
          avgOneWayKm: mean(b.km, b.n),
          peakCarTripsPerDay: r2(b.trips),
          scenarioBike: r2(b.bike),
          scenarioEbike: r2(b.ebike),
          scenarioPt: r2(b.pt),
        };
        fromKm = band.maxKm ?? fromKm;
        return row;
      }),
      goodPt: { carCommuters: this.pt.n, avgOneWayKm: mean(this.pt.km, this.pt.n) },
      leaseCars: { byFuel: { ...this.lease.byFuel }, avgOneWayKm: mean(this.lease.km, this.lease.n) },
      carpool: { ...this.carpool },
      homeworkEligible: this.homework.known > 0 ? { employees: this.homework.employees, carCommuters: this.homework.car } : null,
    };
  }
}
