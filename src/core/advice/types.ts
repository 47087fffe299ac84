/**
 * The contract of tailored advice: what the measure rules read about one company (aggregates
 * only, never per-employee) and what sizing a measure gives back. A later step maps a ScanResult
 * to AdviceInput, so advice does not depend on the scan's exact shape.
 */
import type { Fuel } from '../ingest/types.js';

/** How firm the public figure behind a number is; 'thin' means a conservative assumption. */
export const EVIDENCE_LEVELS = ['measured', 'indicative', 'thin'] as const;
export type Evidence = (typeof EVIDENCE_LEVELS)[number];

/** The languages advice is written in. */
import type { Lang } from '../i18n/lang.js';

export type { Lang };

/** Sectors a company can belong to; measures name the sectors where they were seen. */
export const SECTORS = ['zorg', 'kantoor', 'logistiek', 'onderwijs', 'overheid', 'industrie', 'overig'] as const;
export type Sector = (typeof SECTORS)[number];

/** Car commuters in one distance band (bands are settings, docs/method.md, Potential). */
export interface CarDistanceBand {
  fromKm: number;
  /** null for the open band (over 30 km). */
  toKm: number | null;
  carCommuters: number;
  /** Average one-way commute of these car commuters. */
  avgOneWayKm: number;
  /** Car drivers of the band who switch to the bike in the scan's Go Dutch scenario, where computed. */
  expectedBikeSwitchers?: number;
  /** Car drivers of the band who switch in the scan's E-bike scenario, where computed. */
  expectedEbikeSwitchers?: number;
}

/** Everything the measure rules need about one company or location. */
export interface AdviceInput {
  employees: number;
  carCommuters: number;
  /** Average one-way km of all car commuters. */
  carAvgOneWayKm: number;
  /** Car commuters with a trip in each peak window on a working day (docs/method.md, Peak trips). */
  carCommutersInPeak: { morning: number; evening: number };
  /** The scan's own car trips in the peak windows on an average working day (presence counted). */
  peakCarTripsPerWorkingDay: number;
  /** Working days of the scan year (weekdays minus public holidays). */
  workingDaysPerYear: number;
  carBands: CarDistanceBand[];
  /** Car commuters with a good PT option (travel-time factor 1.5 or less, docs/method.md, Potential). */
  goodPt: { carCommuters: number; avgOneWayKm: number; expectedSwitchers?: number };
  /** Car commuters in carpool clusters (docs/method.md, Potential). */
  carpool: { candidates: number; clusters: number; avgOneWayKm: number };
  leaseCars: { byFuel: Partial<Record<Fuel, number>>; avgOneWayKm: number };
  /**
   * Office or day-shift staff who could work from home or shift their hours; undefined when the
   * export does not say. carCommuters undefined: estimated from the company's car share.
   */
  homeworkEligible?: { employees: number; carCommuters?: number };
  /** Short business flights (one-way legs) a year; undefined when unknown. */
  shortBusinessFlightsPerYear?: number;
  /** Average commuting days a year of a car commuter (214 for five days, docs/method.md, CO2). */
  commutingDaysPerYear: number;
  co2TonnesPerYear: number;
  /** What is still missing to reach the goal; absent parts are unknown. */
  goalGap?: { peakAvoidancesPerDay?: number; co2TonnesPerYear?: number };
  sector?: Sector;
  /** CO2 g per car-km of this company's own fuel mix (the scan's car CO2 / car km); default DEFAULT_ADVICE_SETTINGS.defaultCarGramsPerKm. */
  carGramsPerKm?: number;
}

/** Defaults of the sizing arithmetic. */
export interface AdviceSettings {
  /** Only when the scan gives no car km to take the company's own fuel mix from. */
  defaultCarGramsPerKm: number;
  tripsPerCommutingDay: number;
  /** How many of the top measures the combined package takes. */
  packageSize: number;
}

/** The documented defaults of the sizing arithmetic. */
export const DEFAULT_ADVICE_SETTINGS: AdviceSettings = {
  defaultCarGramsPerKm: 190, // co2emissiefactoren.nl: car, fuel unknown, 190 g/vkm WTW (indicative); a fallback only
  tripsPerCommutingDay: 2, // there and back
  packageSize: 3, // the top three actions of the report's summary
};

/** Why a measure got its numbers; keys for a report to explain or filter on. */
export type ReasonKey =
  | 'group-estimated'
  | 'uptake-model'
  | 'uptake-share'
  | 'uptake-model-missing'
  | 'peak-share-company-average'
  | 'peak-avoidances-per-participant'
  | 'rate-per-peak-trip'
  | 'one-off'
  | 'car-factor-default'
  | 'moves-trips'
  | 'cleaner-car'
  | 'fixed-co2'
  | 'closes-peak-gap'
  | 'closes-co2-gap'
  | 'evidence-thin'
  | 'seen-in-sector';

/** One measure sized for this company. */
export interface SizedMeasure {
  id: string;
  /** label: a short English description for logs; explanations use the catalogue's phrases. */
  group: { label: string; count: number; known: boolean };
  participants: number;
  /** Lasting peak car trips avoided per working day (for a one-off measure: only what is known to last). */
  avoidancesPerDay: number;
  /** Lasting tonnes CO2 a year. */
  co2TonnesPerYear: number;
  /** For a measure that runs for a while: its effect during that time, never a permanent daily effect. */
  oneOff?: { workingDays: number; avoidancesPerDayDuring: number; avoidancesDuring: number; co2TonnesDuring: number; retainedShare: number | null };
  /** The CO2 factor used for the car km, g/km. */
  carGramsPerKm: number;
  /** 0..1 of the remaining peak gap; null when the goal gap is unknown or already closed. */
  shareOfPeakGap: number | null;
  shareOfCo2Gap: number | null;
  /** The weakest evidence among the numbers that contributed. */
  evidence: Evidence;
  /** Which parts rest on thin evidence. */
  thinParts: ('uptake' | 'effect')[];
  reasons: ReasonKey[];
}
