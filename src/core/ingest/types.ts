import type { Text } from '../i18n/index.js';

/**
 * The contract between reading an HR export and everything after it: what a column can mean,
 * and the clean, privacy-stripped record of one employee.
 */

/** The roles a column of an HR export can play (docs/method.md). */
export const COLUMN_ROLES = [
  'homePostcode',
  'workLocation',
  'country',
  'homePlace',
  'employeeId',
  'fte',
  'hoursPerWeek',
  'workdaysPerWeek',
  'homeworkDaysPerWeek',
  'mode',
  'leaseCar',
  'fuel',
  'allowance',
  'distanceKm',
  'startTime',
  'shift',
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** Kinds of personal data that are dropped at the edge and never read further. */
export const PERSONAL_KINDS = [
  'name',
  'street',
  'houseNumber',
  'birthDate',
  'email',
  'phone',
  'bsn',
  'iban',
  'licencePlate',
  'other',
] as const;
export type PersonalKind = (typeof PERSONAL_KINDS)[number];

/** How one column of the export was understood. */
export type ColumnAssignment =
  | {
      kind: 'role';
      index: number;
      header: string;
      role: ColumnRole;
      /** 0..1; 1 for an exact synonym or a user mapping. */
      confidence: number;
      /** What decided it: 'mapping' (user file), 'header' (synonym), 'content' (values looked like it). */
      by: 'mapping' | 'header' | 'content';
    }
  | { kind: 'personal'; index: number; header: string; personal: PersonalKind }
  | { kind: 'ignored'; index: number; header: string; reason: string };

/** The whole mapping of an export's columns. */
export interface ColumnMapping {
  columns: ColumnAssignment[];
  /** role -> column index, for the roles that were assigned. */
  roles: Partial<Record<ColumnRole, number>>;
  /** Required roles that are missing or ambiguous, with the candidate columns (indexes). */
  unresolved: { role: ColumnRole; problem: 'missing' | 'ambiguous'; candidates: number[] }[];
  /** Entries of the user's mapping file that could not be applied (unknown header or role). */
  overrideProblems?: (string | Text)[];
}

/** A user's mapping file (`--columns map.json`): role -> header text, and headers to ignore. */
export interface ColumnOverrides {
  roles?: Partial<Record<ColumnRole, string>>;
  ignore?: string[];
}

/** One normalised vocabulary for how people travel (Dutch words as the canonical values). */
export const MODES = [
  'auto',
  'fiets',
  'e-bike',
  'speed pedelec',
  'ov',
  'trein',
  'bus',
  'tram/metro',
  'carpool',
  'lopen',
  'motor',
  'scooter',
  'onbekend',
] as const;
export type Mode = (typeof MODES)[number];

export const FUELS = ['benzine', 'diesel', 'hybride', 'plug-in', 'elektrisch', 'onbekend'] as const;
export type Fuel = (typeof FUELS)[number];

export const ALLOWANCES = ['km', 'ov', 'geen', 'onbekend'] as const;
export type Allowance = (typeof ALLOWANCES)[number];

/** Where an employee lives, as precisely as the export says it. */
export type HomeKey =
  | { country: 'NL'; pc6: string; pc4: string }
  | { country: 'NL'; pc4: string }
  | { country: string; postcode: string }
  | { country: string };

/**
 * One employee after normalising: no name, no street, no personnel number (unless the caller
 * explicitly asked to keep it for the confidential per-employee list).
 */
export interface Employee {
  /** 1-based line/row number in the source file, for messages only. */
  row: number;
  /** ISO 3166 alpha-2, 'NL' when the export has no country column. */
  country: string;
  /** Dutch PC6 without space, upper case ('3311AB'); only when the export has PC6. */
  pc6?: string;
  /** Dutch PC4 ('3311'). */
  pc4?: string;
  /** Foreign postcode as written, without country prefix ('2000', '47533'). */
  foreignPostcode?: string;
  /** Home place as written, trimmed (fallback for geocoding). */
  homePlace?: string;
  /** Work location key as written, trimmed (a name or a postcode); undefined when the export has one location. */
  workLocation?: string;
  fte?: number;
  workdaysPerWeek?: number;
  homeworkDaysPerWeek?: number;
  /** Current mode; 'onbekend' when the export does not say. */
  mode: Mode;
  leaseCar?: boolean;
  fuel?: Fuel;
  allowance?: Allowance;
  /** One-way commute distance from HR, km. */
  distanceKm?: number;
  /** Start time in minutes after midnight. */
  startMinutes?: number;
  /** Shift or roster label as written ('vroege dienst', 'D', ...). */
  shift?: string;
  /** The employer's personnel number; present only when explicitly requested (--employees). */
  personnelId?: string;
}

/** A problem with one row: which row, which column, what is wrong. */
export interface RowProblem {
  row: number;
  /** Header of the column concerned, if any; a column without a header is named by its place ("kolom 3"). */
  column?: string | Text;
  /** Stable machine code, e.g. 'invalid-postcode', 'duplicate-id', 'empty-row'. */
  code: string;
  /**
   * Why, for a person: a Text rendered in the reader's language at the edge (a plain string is
   * already in it); never the offending value when it may be personal.
   */
  reason: Text | string;
  /** 'error' rejects the row; 'warning' keeps it with the value dropped. */
  severity: 'error' | 'warning';
}

/** Settings that shape normalising. */
export interface IngestSettings {
  /** Hours per week that count as 1.0 FTE (docs/method.md: 36 or 40; default 36). */
  fullTimeHoursPerWeek: number;
  /** Maximum plausible one-way distance, km (absurd beyond). */
  maxDistanceKm: number;
  /** Default country when the export has no country column. */
  defaultCountry: string;
}

export const DEFAULT_INGEST_SETTINGS: IngestSettings = {
  fullTimeHoursPerWeek: 36, // docs/method.md: 36 or 40 hours = 1.0 FTE; 36 is the common Dutch collective-agreement week
  maxDistanceKm: 250, // issue 2: over 250 km one way is absurd for a daily commute
  defaultCountry: 'NL',
};
