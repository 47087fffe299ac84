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
  schema: 'mobiscan/scan-result@2';
  /** All employees: every location plus those whose work location matched none. */
  overall: ScanAggregate;
  /** One entry per work location of the profile, in profile order. */
  locations: LocationAggregate[];
  /** Work-location values in the export that matched no location, most frequent first (at most 100). */
  unmatchedLocations: { value: string; employees: Count; suppressed?: true }[];
  dataQuality: DataQuality;
  /** All car commuters as the advice rules need them (overall only); `modesEstimated` in dataQuality says when modes were estimated. */
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
  /** Employees whose current mode is 'auto' (given, inferred or estimated). */
  carCommuters: number;
  /** Employees whose current mode was estimated from national shares by distance (0: every mode came from the export). */
  modesEstimated: number;
  /** Head counts: car commuters within reach of each alternative by distance band (no behaviour assumed). */
  inReach: Record<PotentialMode, InReach>;
  /** What a Dutch cycling level and the PT level of the travel time would give (PCT scenario logic). */
  scenario: ScenarioFigures;
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

/** Car commuters within reach of one alternative: a head count, not a forecast. */
export interface InReach {
  /** Car commuters in a band listing this mode; for carpool, car commuters in a carpool group. */
  carCommuters: Count;
  suppressed?: true;
}

/**
 * The scenario: per group (work location x distance band) the PCT logic, summed. Expected numbers
 * (fractional, rounded to 2 decimals), not head counts: "what a Dutch cycling level would give",
 * never a forecast of what a measure does (docs/method.md, Potential).
 */
export interface ScenarioFigures {
  /** Employees with a known distance: the people the scenario is about. */
  commuters: number;
  /** Of whom cycling now (fiets, e-bike, speed pedelec). */
  cyclistsNow: number;
  /** PCT Go Dutch: cyclists at the Dutch level, the extra cyclists, and the car drivers among them. */
  goDutch: CyclingScenario;
  /** PCT E-bike, counted on top of Go Dutch (level = the E-bike level; extra and car drivers only what it adds). */
  ebike: CyclingScenario;
  /** PT at the share of the estimated travel-time factor, after cycling. */
  pt: PtScenario;
  /** Car drivers who would become a carpool passenger (uptake assumption carpool.uptake, of those left after cycling and PT). */
  carpool: { carDrivers: number };
  /** Car drivers who leave the car in the scenario: Go Dutch + e-bike + PT + carpool, each counted once. */
  carDrivers: number;
  /** Groups (location x band) already cycling at or above the Go Dutch level: they give no extra cyclists. */
  groupsAtDutchLevel: number;
  groups: number;
  /** The same per distance band, summed over the locations. */
  byBand: ScenarioBand[];
}

/** One cycling scenario. */
export interface CyclingScenario {
  /** Sum of the PCT share over all commuters: the scenario's number of cyclists. */
  levelCyclists: number;
  /** Sum over groups of max(0, level - cyclists now); for the e-bike only what it adds to Go Dutch. */
  extraCyclists: number;
  /** Of whom car drivers today (extra x car drivers / non-cyclists, per group). */
  carDrivers: number;
}

/** The PT scenario, on the employees with a PT (train) estimate. */
export interface PtScenario {
  /** Employees with a train estimate at both ends. */
  commutersWithEstimate: number;
  usersNow: number;
  /** Sum of the PT share of the travel-time factor over them. */
  levelUsers: number;
  /** max(0, level - PT users now) per group, at most the non-PT non-cyclists left after cycling. */
  extraUsers: number;
  carDrivers: number;
}

/** The scenario of one distance band. */
export interface ScenarioBand {
  band: string;
  /** Head counts (suppressed like other cells); the scenario figures are expected numbers and stay. */
  commuters: Count;
  cyclistsNow: Count;
  carCommuters: Count;
  goDutch: CyclingScenario;
  ebike: CyclingScenario;
  pt: { extraUsers: number; carDrivers: number };
  /** Every group of this band already cycles at the Go Dutch level (and there is at least one). */
  atDutchLevel: boolean;
  suppressed?: true;
}

/** Peak-hour figures (docs/method.md, Peak trips) for one working day. */
export interface PeakFigures {
  /** Car commuters with a trip in each window (expected count: fractional where the assumption applies). */
  carCommutersInPeak: { morning: number; evening: number };
  /** Car commuters by what their peak classification rests on. */
  basis: { startTime: number; shift: number; assumption: number };
  /**
   * Car trips in each window on an average working day: each car commuter counts commuting days /
   * working days of the scan year (a full-timer about 0.84: leave, sickness, part-time); a carpool counts 1/occupants.
   */
  carTripsPerDay: { morning: number; evening: number; total: number };
  /** Of those, the trips the scenario's car drivers would no longer make (bike, e-bike, PT, carpool). */
  avoidedCarTripsPerDay: { morning: number; evening: number; total: number; bike: number; ebike: number; pt: number; carpool: number };
}

/** CO2 in kg a year on the settings' basis (WTW by default). */
export interface Co2Figures {
  now: number;
  /** In the scenario: the scenario's car drivers to bike, e-bike, PT and carpool. */
  after: number;
  nowByMode: Partial<Record<Mode, number>>;
  afterByMode: Partial<Record<Mode, number>>;
  /** Employees left out: no distance, or no factor for their mode (unknown mode, or an unknown TTW value). */
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
  /** The scenario per area (PC4 x location groups, summed): extra cyclists at the Go Dutch and E-bike level (E-bike on top), car drivers among them; null when suppressed. */
  scenario: { goDutchExtra: number; ebikeExtra: number; carDrivers: number; atDutchLevel: boolean } | null;
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
  /** Homes placed further from work than the HR distance limit (250 km one way): kept without a distance (no band, scenario, PT or CO2). */
  homesTooFar: number;
  unmatchedLocationEmployees: number;
  /** Employees by the rule that gave their current mode ('estimated': from national shares by distance). */
  modeRules: Record<ModeRule, number>;
  /**
   * Employees with coordinates at both ends, by the outcome of the train estimate. Every outcome but
   * `estimated` means no useful train connection (the station table has rail stations only), not "no PT".
   */
  ptEstimate: { estimated: number; withTransfer: number; noStations: number; sameStation: number; stationTooFar: number; stationsTooClose: number };
}

/** How the numbers were made: every setting with its source, and the caveats to print with them. */
export interface ScanMethod {
  /** The year the scan describes (from the export date) and its working days: weekdays minus Dutch public holidays. */
  year: number;
  workingDaysPerYear: number;
  /** Commuting days of a full-timer / working days: the trips per window per working day of one full-time car commuter. */
  fullTimerTripsPerWorkingDay: number;
  settings: MethodEntry[];
  co2FactorsVersion: string;
  co2Basis: 'wtw' | 'ttw';
  notes: string[];
}
