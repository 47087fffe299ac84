import type { LatLon } from '../geo/lat-lon.js';
import { FUELS, MODES, type Fuel, type Mode } from '../ingest/types.js';
import { POTENTIAL_MODES } from '../settings/potential-modes.js';
import type { ScanSettings } from '../settings/scan-settings-schema.js';
import type { EmployeeAssessment } from './assess-employee.js';
import type { Precision } from './place-home.js';
import type { ScanAggregate } from './scan-result.js';
import type { GroupOutcome } from './scenario-groups.js';
import { ScenarioSums } from './scenario-sums.js';

const MODE_INDEX = new Map<Mode, number>(MODES.map((m, i) => [m, i]));
const FUEL_INDEX = new Map<Fuel, number>(FUELS.map((f, i) => [f, i]));
const FUELED: ReadonlySet<Mode> = new Set(['auto', 'carpool', 'motor', 'scooter']);
const ONBEKEND = FUELS.indexOf('onbekend');
const [AUTO, FIETS, EBIKE] = (['auto', 'fiets', 'e-bike'] as const).map((m) => MODE_INDEX.get(m)!) as [number, number, number];
const PRECISIONS: readonly Precision[] = ['pc6', 'pc4', 'place', 'distance-only', 'none'];
const PRECISION_INDEX: Record<Precision, number> = { pc6: 0, pc4: 1, place: 2, 'distance-only': 3, none: 4 };
const CARPOOL = POTENTIAL_MODES.indexOf('carpool');
const round = (x: number, digits: number): number => Math.round(x * 10 ** digits) / 10 ** digits;

/** A carpool group member's share, added once the groups are known. */
export interface CarpoolShare {
  expected: number;
  morningTrips: number;
  eveningTrips: number;
  co2Kg: number;
}

/** Sums the figures of one location (or of all employees) as employees stream past. */
export class ScanAggregator {
  private employees = 0;
  private carCommuters = 0;
  private modesEstimated = 0;
  private readonly precision = new Int32Array(PRECISIONS.length);
  private readonly bandMode: Int32Array;
  private readonly headCount = new Int32Array(POTENTIAL_MODES.length);
  private readonly inPeak = { morning: 0, evening: 0 };
  private readonly basis = new Int32Array(3);
  private readonly trips = { morning: 0, evening: 0 };
  private readonly avoided = { morning: 0, evening: 0, bike: 0, ebike: 0, pt: 0, carpool: 0 };
  private readonly co2Now = new Float64Array(MODES.length);
  private readonly co2After = new Float64Array(MODES.length);
  private withoutCo2 = 0;
  /** Person-km by mode x (fuel + 1); column 0 holds the modes without a fuel. */
  private readonly km = new Float64Array(MODES.length * (FUELS.length + 1));
  /** Per PC4: employees, car commuters, and the sum of lat, sum of lon and count of its placed homes (a map position when the geodata has no centroid). */
  private readonly pc4 = new Map<string, Float64Array>();
  private readonly withoutPc4 = { abroad: 0, placeName: 0, distanceOnly: 0, none: 0 };
  private readonly pc4Scenario = new Map<string, { goDutch: number; ebike: number; car: number; atDutchLevel: boolean }>();
  private readonly scenario: ScenarioSums;
  private readonly ptMode: number;
  private readonly bandModes: number[][];

  constructor(private readonly s: ScanSettings) {
    this.bandMode = new Int32Array((s.bands.length + 1) * MODES.length);
    this.ptMode = MODE_INDEX.get(s.co2.factors[s.co2.ptFactorKey]?.mode ?? 'trein')!;
    this.bandModes = s.bands.map((b) => b.modes.filter((pm) => pm !== 'carpool').map((pm) => POTENTIAL_MODES.indexOf(pm)));
    this.scenario = new ScenarioSums(s.bands.map((b) => b.id));
  }

  /** Adds one assessed employee; `pc4` is the NL home PC4, if any; `abroad` when the home is outside the Netherlands. */
  add(a: EmployeeAssessment, pc4: string | undefined, abroad = false): void {
    const m = MODE_INDEX.get(a.mode)!;
    this.employees++;
    if (a.modeRule === 'estimated') this.modesEstimated++;
    this.precision[PRECISION_INDEX[a.precision]]!++;
    this.bandMode[(a.band + 1) * MODES.length + m]!++;
    if (pc4 === undefined) this.withoutPc4[abroad ? 'abroad' : a.precision === 'place' ? 'placeName' : a.precision === 'distance-only' ? 'distanceOnly' : 'none']++;
    else {
      let cell = this.pc4.get(pc4);
      if (!cell) this.pc4.set(pc4, (cell = new Float64Array(5)));
      cell[0]!++;
      if (a.mode === 'auto') cell[1]!++;
      if (a.home) {
        cell[2]! += a.home.lat;
        cell[3]! += a.home.lon;
        cell[4]!++;
      }
    }
    if (a.kmPerYear > 0) {
      const km = MODE_INDEX.get(a.kmMode)!;
      const f = FUELED.has(a.kmMode) ? (a.fuel === undefined ? ONBEKEND : FUEL_INDEX.get(a.fuel)!) + 1 : 0;
      this.km[km * (FUELS.length + 1) + f]! += a.kmPerYear;
    }
    const co2 = a.co2KgNow ?? 0;
    if (a.co2KgNow === undefined) this.withoutCo2++;
    this.co2Now[m]! += co2;
    if (a.mode === 'carpool') {
      this.trips.morning += (a.peak.morning * a.tripsPerDay) / this.s.carpool.occupants;
      this.trips.evening += (a.peak.evening * a.tripsPerDay) / this.s.carpool.occupants;
    }
    if (a.mode !== 'auto') {
      this.co2After[m]! += co2;
      return;
    }
    this.carCommuters++;
    // Car drivers without a distance are in no scenario group: they stay in the car.
    if (a.band < 0) this.co2After[AUTO]! += co2;
    else for (const pm of this.bandModes[a.band]!) this.headCount[pm]!++;
    this.basis[a.peak.basis === 'startTime' ? 0 : a.peak.basis === 'shift' ? 1 : 2]!++;
    this.inPeak.morning += Math.min(1, a.peak.morning);
    this.inPeak.evening += Math.min(1, a.peak.evening);
    this.trips.morning += a.peak.morning * a.tripsPerDay;
    this.trips.evening += a.peak.evening * a.tripsPerDay;
  }

  /** Adds the scenario of one location x band group of this aggregate. */
  addScenario(band: number, o: GroupOutcome): void {
    this.scenario.add(band, o);
    this.avoided.morning += o.avoided.morning;
    this.avoided.evening += o.avoided.evening;
    this.avoided.bike += o.avoided.bike;
    this.avoided.ebike += o.avoided.ebike;
    this.avoided.pt += o.avoided.pt;
    this.co2After[AUTO]! += o.carCo2After.auto;
    this.co2After[FIETS]! += o.carCo2After.bike;
    this.co2After[EBIKE]! += o.carCo2After.ebike;
    this.co2After[this.ptMode]! += o.carCo2After.pt;
  }

  /** Adds the scenario of one PC4 x location group to the area's row. */
  addPc4Scenario(pc4: string, o: GroupOutcome): void {
    const row = this.pc4Scenario.get(pc4) ?? { goDutch: 0, ebike: 0, car: 0, atDutchLevel: true };
    row.goDutch += o.goDutchExtra;
    row.ebike += o.ebikeExtra;
    row.car += o.goDutchCarDrivers + o.ebikeCarDrivers + o.ptCarDrivers;
    row.atDutchLevel &&= o.atDutchLevel;
    this.pc4Scenario.set(pc4, row);
  }

  /** Adds a carpool group member: its passenger share leaves the car, and its emissions with it. */
  addCarpool(c: CarpoolShare): void {
    this.headCount[CARPOOL]!++;
    this.scenario.addCarpool(c.expected);
    this.avoided.morning += c.expected * c.morningTrips;
    this.avoided.evening += c.expected * c.eveningTrips;
    this.avoided.carpool += c.expected * (c.morningTrips + c.eveningTrips);
    this.co2After[AUTO]! -= c.expected * c.co2Kg;
  }

  /** The aggregate, rounded for output; `pc4Centroid` adds map coordinates to each PC4. */
  finish(pc4Centroid: (pc4: string) => LatLon | undefined): ScanAggregate {
    const byMode = (a: Float64Array): Partial<Record<Mode, number>> =>
      Object.fromEntries(MODES.flatMap((mode, i) => (a[i]! > 0 ? [[mode, round(a[i]!, 1)]] : [])));
    const sum = (a: Float64Array): number => round(a.reduce((x, y) => x + y, 0), 1);
    const bands = ['unknown', ...this.s.bands.map((b) => b.id)];
    const pair = (o: { morning: number; evening: number }) => ({ morning: round(o.morning, 2), evening: round(o.evening, 2), total: round(o.morning + o.evening, 2) });
    const inReach = Object.fromEntries(POTENTIAL_MODES.map((pm, i) => [pm, { carCommuters: this.headCount[i]! }])) as ScanAggregate['inReach'];
    const av = this.avoided;
    return {
      employees: this.employees,
      precision: Object.fromEntries(PRECISIONS.map((p, i) => [p, this.precision[i]!])) as Record<Precision, number>,
      byBandMode: [...this.bandMode].flatMap((count, i) =>
        count > 0 ? [{ band: bands[Math.floor(i / MODES.length)]!, mode: MODES[i % MODES.length]!, employees: count }] : [],
      ),
      carCommuters: this.carCommuters,
      modesEstimated: this.modesEstimated,
      inReach,
      scenario: this.scenario.finish(),
      peak: {
        carCommutersInPeak: { morning: round(this.inPeak.morning, 2), evening: round(this.inPeak.evening, 2) },
        basis: { startTime: this.basis[0]!, shift: this.basis[1]!, assumption: this.basis[2]! },
        carTripsPerDay: pair(this.trips),
        avoidedCarTripsPerDay: { ...pair(av), bike: round(av.bike, 2), ebike: round(av.ebike, 2), pt: round(av.pt, 2), carpool: round(av.carpool, 2) },
      },
      co2KgPerYear: { now: sum(this.co2Now), after: sum(this.co2After), nowByMode: byMode(this.co2Now), afterByMode: byMode(this.co2After), employeesWithoutCo2: this.withoutCo2 },
      kmPerYear: [...this.km].flatMap((km, i) => {
        const mode = MODES[Math.floor(i / (FUELS.length + 1))]!;
        const f = i % (FUELS.length + 1);
        return km > 0 ? [{ mode, fuel: f === 0 ? null : FUELS[f - 1]!, km: Math.round(km) }] : [];
      }),
      withoutPc4: { ...this.withoutPc4 },
      pc4: [...this.pc4].sort(([a], [b]) => a.localeCompare(b)).map(([pc4, cell]) => {
        const [employees, car] = [cell[0]!, cell[1]!];
        // Without a centroid in the geodata, the mean of the area's placed homes (by place name): still no finer than the area.
        const homes = cell[4]!;
        const at = pc4Centroid(pc4) ?? (homes > 0 ? { lat: round(cell[2]! / homes, 4), lon: round(cell[3]! / homes, 4) } : undefined);
        const sc = this.pc4Scenario.get(pc4);
        const scenario = sc ? { goDutchExtra: round(sc.goDutch, 2), ebikeExtra: round(sc.ebike, 2), carDrivers: round(sc.car, 2), atDutchLevel: sc.atDutchLevel } : null;
        return { pc4, lat: at?.lat ?? null, lon: at?.lon ?? null, employees, carCommuters: car, carShare: round(car / employees, 3), scenario };
      }),
    };
  }
}
