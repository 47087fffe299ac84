import { haversineKm } from '../geo/haversine-km.js';
import type { LatLon } from '../geo/lat-lon.js';
import type { NearestPoint, PointIndex } from '../geo/point-index.js';
import type { Employee, Fuel, Mode } from '../ingest/types.js';
import type { ScanSettings } from '../settings/scan-settings-schema.js';
import { bandIndex } from './band-index.js';
import { co2KgPerYear, personFactor } from './co2-kg-per-year.js';
import { commutingDaysPerYear } from './commuting-days-per-year.js';
import { estimateCarMinutes } from './estimate-car-minutes.js';
import { estimatePtMinutes, type PtEstimate } from './estimate-pt-minutes.js';
import { inferMode, type ModeRule } from './infer-mode.js';
import { pctUptake } from './pct-uptake.js';
import { peakTripShares, type PeakTripShares } from './peak-trip-shares.js';
import { placeHome, type Precision } from './place-home.js';
import { ptShareForFactor } from './pt-share-for-factor.js';
import type { Geocoder, Station } from './scan-context.js';

/** What a scan knows about one employee; lives only while the employee is being added. */
export interface EmployeeAssessment {
  precision: Precision;
  ambiguousPlace: boolean;
  home: LatLon | undefined;
  /** One way along a cycling route (HR distance when given). */
  bikeKm: number | undefined;
  /** One way by road (HR distance when given). */
  carKm: number | undefined;
  band: number;
  mode: Mode;
  modeRule: ModeRule;
  fuel: Fuel | undefined;
  daysPerYear: number;
  /** Commuting days as a share of a full-time year: trips of each direction per working day. */
  tripsPerDay: number;
  /** undefined when there are no coordinates at both ends. */
  pt: PtEstimate | undefined;
  ptFactor: number | undefined;
  /** Expected shares for a car commuter: PCT Go Dutch, the e-bike increment on top, PT of the rest. */
  pBike: number;
  pEbike: number;
  pPt: number;
  peak: PeakTripShares;
  co2KgNow: number | undefined;
  /** CO2 if this car commuter switched to bike, e-bike or PT (0 when not a car commuter). */
  co2KgIfBike: number;
  co2KgIfEbike: number;
  co2KgIfPt: number;
  kmPerYear: number;
}

/** A work location prepared once per scan. */
export interface PreparedLocation extends LatLon {
  workStation: NearestPoint<Station> | undefined;
}

const BIKE_MODES: ReadonlySet<Mode> = new Set(['fiets', 'e-bike', 'speed pedelec', 'lopen']);

/** Everything the scan computes for one employee (METHOD.md 3, 4, 5, 6). */
export function assessEmployee(
  e: Employee,
  work: PreparedLocation | undefined,
  near: LatLon,
  s: ScanSettings,
  geocoder: Geocoder,
  stations: PointIndex<Station>,
): EmployeeAssessment {
  const placed = placeHome(e, geocoder, work ?? near);
  const home = placed.precision === 'none' ? undefined : { lat: placed.lat, lon: placed.lon };
  const gcKm = home && work ? haversineKm(home, work) : undefined;
  const bikeKm = e.distanceKm ?? (gcKm === undefined ? undefined : gcKm * s.detourFactor.bike);
  const carKm = e.distanceKm ?? (gcKm === undefined ? undefined : gcKm * s.detourFactor.car);
  const precision: Precision = gcKm !== undefined ? placed.precision : e.distanceKm !== undefined ? 'distance-only' : 'none';
  const { mode, rule } = inferMode(e, carKm, s.modeInference);
  const daysPerYear = commutingDaysPerYear(e, s.commuting);
  const carMinutes = carKm === undefined ? undefined : estimateCarMinutes(carKm, s.car);

  let pBike = 0;
  let pEbike = 0;
  if (bikeKm !== undefined) {
    const { goDutch, ebike, gradientPct, maxDistanceKm } = s.pct;
    pBike = pctUptake(bikeKm, gradientPct, goDutch, maxDistanceKm);
    pEbike = Math.max(0, pctUptake(bikeKm, gradientPct, ebike, maxDistanceKm) - pBike);
  }
  const pt = home && work ? estimatePtMinutes(home, work, stations, s, work.workStation) : undefined;
  const ptFactor = pt?.ok && carMinutes ? pt.minutes / carMinutes : undefined;
  const pPt = ptFactor === undefined ? 0 : (1 - pBike - pEbike) * ptShareForFactor(ptFactor, s.pt.shareByFactor);

  const modeKm = BIKE_MODES.has(mode) ? bikeKm : carKm;
  const factor = personFactor(mode, e.fuel, s);
  const co2KgNow = modeKm !== undefined && factor ? co2KgPerYear(modeKm, daysPerYear, factor.gPerPersonKm) : undefined;
  const isCar = mode === 'auto';
  const ifBike = isCar ? personFactor('fiets', undefined, s) : undefined;
  const ifEbike = isCar ? personFactor('e-bike', undefined, s) : undefined;
  const ptEntry = s.co2.factors[s.co2.ptFactorKey];
  const ifPt = isCar && ptEntry ? personFactor(ptEntry.mode, ptEntry.fuel, s) : undefined;

  return {
    precision,
    ambiguousPlace: placed.precision === 'place' && placed.ambiguous,
    home,
    bikeKm,
    carKm,
    band: bandIndex(bikeKm, s.bands),
    mode,
    modeRule: rule,
    fuel: e.fuel,
    daysPerYear,
    tripsPerDay: daysPerYear / s.commuting.daysPerYearFullWeek,
    pt,
    ptFactor,
    pBike,
    pEbike,
    pPt,
    peak: peakTripShares(e, carMinutes ?? 0, s.peak),
    co2KgNow,
    co2KgIfBike: ifBike && bikeKm !== undefined ? co2KgPerYear(bikeKm, daysPerYear, ifBike.gPerPersonKm) : 0,
    co2KgIfEbike: ifEbike && bikeKm !== undefined ? co2KgPerYear(bikeKm, daysPerYear, ifEbike.gPerPersonKm) : 0,
    co2KgIfPt: ifPt && carKm !== undefined ? co2KgPerYear(carKm, daysPerYear, ifPt.gPerPersonKm) : 0,
    kmPerYear: modeKm === undefined ? 0 : 2 * modeKm * daysPerYear,
  };
}
