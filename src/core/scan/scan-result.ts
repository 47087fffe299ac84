import type { Fuel, Mode } from '../ingest/types.js';
import type { PotentialMode } from '../settings/scan-settings-schema.js';
import type { MethodEntry } from '../settings/settings-method-entries.js';
import type { ModeRule } from './infer-mode.js';
import type { Precision } from './place-home.js';
import type { CarProfile } from './car-profile.js';
import type { WpmScope } from './wpm-scope.js';

/**
 * The aggregate result of a mobility scan, JSON-serialisable, with no per-employee data.
 * Documented field by field in docs/scan-result.md. Counts that can describe few employees are
 * `Count`: a number, or null once suppressSmallCells() has hidden it.
 */
export interface ScanResult {
  schema: 'mobiscan/scan-result@1';
  /** All employees: every location plus those whose work location matched none. */
  overall: ScanAggregate;
  /** One entry per work location of the profile, in profile order. */
  locations: LocationAggregate[];
  /** Work-location values in the export that matched no location, most frequent first (at most 100). */
  unmatchedLocations: { value: string; employees: Count; suppressed?: true }[];
  dataQuality: DataQuality;
  /** All car commuters as the advice rules need them (overall only). */
  carProfile: CarProfile;
  /** Who counts in the WPM commuting report and their km by mode and fuel (overall only). */
  wpmScope: WpmScope;
  method: ScanMethod;
  /** null until suppressSmallCells() ran: writers must refuse an unsuppressed result. */
  suppression: { threshold: number; cellsSuppressed: number } | null;
}

/** A head count, or null when suppressed. */
export type Count = number | null;

/** The figures of one location, or of all employees together. */
export interface ScanAggregate {
  employees: number;
  /** Employees by how precisely their home was placed. */
  precision: Record<Precision, number>;
  /** Employees by distance band (band id, or 'unknown') and current mode; non-empty cells only. */
  byBandMode: { band: string; mode: Mode; employees: Count; suppressed?: true }[];
  /** Employees whose current mode is 'auto' (given or inferred). */
  carCommuters: number;
  /** Per mode: car commuters in reach and the expected switchers among them. */
  potential: Record<PotentialMode, Potential>;
  peak: PeakFigures;
  co2KgPerYear: Co2Figures;
  /** Person-km a year by current mode and (cars, carpool) fuel: the base of a WPM estimate. */
  kmPerYear: { mode: Mode; fuel: Fuel | null; km: number }[];
  /** Employees and car share per home PC4 (NL only), with the PC4 centroid for a map. */
  pc4: Pc4Cell[];
  /**
   * Employees in no PC4 row, by why: home abroad, or in the Netherlands without a postcode and
   * placed by place name only, by HR's distance only, or not at all. Absent in scans made before
   * this was counted.
   */
  withoutPc4?: { abroad: number; placeName: number; distanceOnly: number; none: number };
}

/** A work location with its figures. */
export interface LocationAggregate extends ScanAggregate {
  name: string;
  key?: string;
}

/** The potential for one mode among car commuters. */
export interface Potential {
  /** Car commuters in a band listing this mode; for carpool, car commuters in a carpool group. */
  carCommuters: Count;
  /** Sum over car commuters of the probability to switch (PCT, PT share, carpool uptake); null without an uptake model (walk, speed pedelec). */
  expectedSwitchers: number | null;
  suppressed?: true;
}

/** Peak-hour figures (METHOD.md 5) for one working day. */
export interface PeakFigures {
  /** Car commuters with a trip in each window (expected count: fractional where the assumption applies). */
  carCommutersInPeak: { morning: number; evening: number };
  /** Car commuters by what their peak classification rests on. */
  basis: { startTime: number; shift: number; assumption: number };
  /** Car trips in each window on an average working day (part-timers count by their share of days; a carpool counts 1/occupants). */
  carTripsPerDay: { morning: number; evening: number; total: number };
  /** Of those, the trips the expected switchers would avoid (spitsmijdingen). */
  avoidedCarTripsPerDay: { morning: number; evening: number; total: number };
}

/** CO2 in kg a year on the settings' basis (WTW by default). */
export interface Co2Figures {
  now: number;
  /** After the expected switches of car commuters to bike, e-bike, PT and carpool. */
  after: number;
  nowByMode: Partial<Record<Mode, number>>;
  afterByMode: Partial<Record<Mode, number>>;
  /** Employees left out: no distance, or no factor for their mode (motor, scooter, unknown). */
  employeesWithoutCo2: number;
}

/** One home PC4. */
export interface Pc4Cell {
  pc4: string;
  lat: number | null;
  lon: number | null;
  employees: Count;
  carCommuters: Count;
  /** carCommuters / employees; null when suppressed. */
  carShare: number | null;
  suppressed?: true;
}

/** What went into the scan and how well it could be placed. */
export interface DataQuality {
  rowsRead: number;
  rowsRejected: number;
  /** Employees added to the scan. */
  rowsUsed: number;
  precision: Record<Precision, number>;
  /** Homes placed by a place name that exists more than once. */
  ambiguousPlaces: number;
  unmatchedLocationEmployees: number;
  /** Employees by the rule that gave their current mode. */
  modeRules: Record<ModeRule, number>;
  /** Employees with coordinates at both ends, by the outcome of the PT estimate. */
  ptEstimate: { estimated: number; noStations: number; sameStation: number; stationTooFar: number };
}

/** How the numbers were made: every setting with its source, and the caveats to print with them. */
export interface ScanMethod {
  settings: MethodEntry[];
  co2FactorsVersion: string;
  co2Basis: 'wtw' | 'ttw';
  notes: string[];
}
