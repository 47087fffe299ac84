import { haversineKm } from '../geo/haversine-km.js';
import type { LatLon } from '../geo/lat-lon.js';
import type { NearestPoint, PointIndex } from '../geo/point-index.js';
import { DEFAULT_INGEST_SETTINGS, type Employee, type Fuel, type Mode } from '../ingest/types.js';
import type { ScanSettings } from '../settings/scan-settings-schema.js';
import { bandIndex } from './band-index.js';
import { co2KgPerYear, personFactor, ptKindOfOv } from './co2-kg-per-year.js';
import { commutingDaysPerYear } from './commuting-days-per-year.js';
import { estimateCarMinutes } from './estimate-car-minutes.js';
import { estimatePtMinutes, type PtEstimate } from './estimate-pt-minutes.js';
import { inferMode, type ModeRule } from './infer-mode.js';
import type { ModeEstimator } from './mode-estimator.js';
import { pctUptake } from './pct-uptake.js';
import { peakTripShares, type PeakTripShares } from './peak-trip-shares.js';
import { placeHome, type Precision } from './place-home.js';
import { ptShareForFactor } from './pt-share-for-factor.js';
import type { Geocoder, Station } from './scan-context.js';

/** What a scan knows about one employee; lives only while the employee is being added. */
export interface EmployeeAssessment {
  precision: Precision;
  ambiguousPlace: boolean;
  /** The home was placed, but further from work than any commute (the HR distance limit): no distance, no PT estimate. */
  tooFarForCommute: boolean;
  home: LatLon | undefined;
  /** One way along a cycling route (HR distance when given). */
  bikeKm: number | undefined;
  /** One way by road (HR distance when given). */
  carKm: number | undefined;
  band: number;
  mode: Mode;
  modeRule: ModeRule;
  /** The mode the CO2 and km tables use: 'ov' of unknown kind becomes bus or train by distance. */
  kmMode: Mode;
  fuel: Fuel | undefined;
  daysPerYear: number;
  /** Commuting days / working days of the scan year: trips of each direction per working day (about 0.84 for a full-timer). */
  tripsPerDay: number;
  /** undefined when there are no coordinates at both ends. */
  pt: PtEstimate | undefined;
  ptFactor: number | undefined;
  /**
   * Scenario shares of ALL commuters at this distance (PCT Go Dutch and E-bike levels) and, with a
   * PT estimate, at this travel-time factor: applied per group, never as one person's switch chance.
   */
  pGoDutch: number;
  pEbike: number;
  /** undefined without a PT estimate. */
  ptShare: number | undefined;
  peak: PeakTripShares;
  co2KgNow: number | undefined;
  /** CO2 if this car commuter went by bike, e-bike or PT (0 when not a car commuter). */
  co2KgIfBike: number;
  co2KgIfEbike: number;
  co2KgIfPt: number;
  kmPerYear: number;
}

/** A work location prepared once per scan. */
export interface PreparedLocation extends LatLon {
  workStation: NearestPoint<Station> | undefined;
}

/** What one scan shares between its employees. */
export interface AssessContext {
  settings: ScanSettings;
  geocoder: Geocoder;
  stations: PointIndex<Station>;
  /** Working days of the scan year (weekdays minus Dutch public holidays). */
  workingDaysPerYear: number;
  modeEstimator: ModeEstimator;
}

const BIKE_MODES: ReadonlySet<Mode> = new Set(['fiets', 'e-bike', 'speed pedelec', 'lopen']);

/** Everything the scan computes for one employee (docs/method.md: distances, potential, peak, CO2). */
export function assessEmployee(e: Employee, work: PreparedLocation | undefined, locationIndex: number, near: LatLon, c: AssessContext): EmployeeAssessment {
  const s = c.settings;
  const placed = placeHome(e, c.geocoder, work ?? near);
  const home = placed.precision === 'none' ? undefined : { lat: placed.lat, lon: placed.lon };
  const rawGcKm = home && work ? haversineKm(home, work) : undefined;
  // The same limit as an HR distance: a home placed further away (a place name matched in the wrong
  // country, a wrong postcode) is no commute; keeping it would add hundreds of km a day to the CO2.
  const tooFarForCommute = rawGcKm !== undefined && rawGcKm * s.detourFactor.car > DEFAULT_INGEST_SETTINGS.maxDistanceKm;
  const gcKm = tooFarForCommute ? undefined : rawGcKm;
  const bikeKm = e.distanceKm ?? (gcKm === undefined ? undefined : gcKm * s.detourFactor.bike);
  const carKm = e.distanceKm ?? (gcKm === undefined ? undefined : gcKm * s.detourFactor.car);
  const precision: Precision = rawGcKm !== undefined ? placed.precision : e.distanceKm !== undefined ? 'distance-only' : 'none';
  const inferred = inferMode(e, carKm, s.modeInference);
  const estimated = inferred.mode === 'onbekend' && s.modeInference.estimateUnknown ? c.modeEstimator.next(locationIndex, bikeKm) : undefined;
  const { mode, rule } = estimated ? { mode: estimated, rule: 'estimated' as const } : inferred;
  const daysPerYear = commutingDaysPerYear(e, s.commuting);
  const carMinutes = carKm === undefined ? undefined : estimateCarMinutes(carKm, s.car);

  let pGoDutch = 0;
  let pEbike = 0;
  if (bikeKm !== undefined) {
    const { goDutch, ebike, gradientPct, minDistanceKm, maxDistanceKm } = s.pct;
    pGoDutch = pctUptake(bikeKm, gradientPct, goDutch, minDistanceKm, maxDistanceKm);
    pEbike = pctUptake(bikeKm, gradientPct, ebike, minDistanceKm, maxDistanceKm);
  }
  const pt = home && work && !tooFarForCommute ? estimatePtMinutes(home, work, c.stations, s, work.workStation) : undefined;
  const ptFactor = pt?.ok && carMinutes ? pt.minutes / carMinutes : undefined;
  const ptShare = ptFactor === undefined ? undefined : ptShareForFactor(ptFactor, s.pt.shareByFactor);

  const modeKm = BIKE_MODES.has(mode) ? bikeKm : carKm;
  const kmMode = ptKindOfOv(mode, modeKm, s.co2.ovBusBelowKm);
  const factor = personFactor(kmMode, e.fuel, s);
  const co2KgNow = modeKm !== undefined && factor ? co2KgPerYear(modeKm, daysPerYear, factor.gPerPersonKm) : undefined;
  const isCar = mode === 'auto';
  const ifBike = isCar ? personFactor('fiets', undefined, s) : undefined;
  const ifEbike = isCar ? personFactor('e-bike', undefined, s) : undefined;
  const ptEntry = s.co2.factors[s.co2.ptFactorKey];
  const ifPt = isCar && ptEntry ? personFactor(ptEntry.mode, ptEntry.fuel, s) : undefined;

  return {
    precision,
    ambiguousPlace: placed.precision === 'place' && placed.ambiguous,
    tooFarForCommute,
    home,
    bikeKm,
    carKm,
    band: bandIndex(bikeKm, s.bands),
    mode,
    modeRule: rule,
    kmMode,
    fuel: e.fuel,
    daysPerYear,
    tripsPerDay: daysPerYear / c.workingDaysPerYear,
    pt,
    ptFactor,
    pGoDutch,
    pEbike,
    ptShare,
    peak: peakTripShares(e, carMinutes ?? 0, s.peak),
    co2KgNow,
    co2KgIfBike: ifBike && bikeKm !== undefined ? co2KgPerYear(bikeKm, daysPerYear, ifBike.gPerPersonKm) : 0,
    co2KgIfEbike: ifEbike && bikeKm !== undefined ? co2KgPerYear(bikeKm, daysPerYear, ifEbike.gPerPersonKm) : 0,
    co2KgIfPt: ifPt && carKm !== undefined ? co2KgPerYear(carKm, daysPerYear, ifPt.gPerPersonKm) : 0,
    kmPerYear: modeKm === undefined ? 0 : 2 * modeKm * daysPerYear,
  };
}
