/**
 * The alliance workspace's domain: the alliance, its member companies with their work locations,
 * and the goals they signed up for. Aggregates only: nothing here describes one employee.
 */

/** One peak window on working days, as `HH:MM` local time (docs/method.md). */
export interface PeakWindow {
  start: string;
  end: string;
}

/** The alliance this workspace belongs to. */
export interface Alliance {
  name: string;
  peakWindows: PeakWindow[];
  /** Free-form settings later commands keep here (detour factors, suppression threshold...). */
  settings: Record<string, unknown>;
}

/** A work location (vestiging) as the user gives it; coordinates may still be unknown. */
export interface LocationInput {
  name: string;
  address: string | null;
  /** Normalised PC6 (`3318AT`) or PC4 (`3318`). */
  postcode: string | null;
  lat: number | null;
  lon: number | null;
}

/** A stored location; `key` is its name normalised, unique within the company. */
export interface Location extends LocationInput {
  key: string;
}

/** A member company as the user gives it. */
export interface CompanyInput {
  id: string;
  name: string;
  sector: string | null;
  headcount: number | null;
  /** ISO date (YYYY-MM-DD) the declaration of intent was signed. */
  declarationSigned: string | null;
  /** Whether the company lets the alliance report show its own figures to other members. */
  sharesWithAlliance: boolean;
  locations: LocationInput[];
}

/** A stored company. */
export interface Company extends Omit<CompanyInput, 'locations'> {
  locations: Location[];
}

/** The goal kinds of docs/method.md and 6. */
export const GOAL_KINDS = ['peak-avoidance', 'co2-reduction'] as const;
export type GoalKind = (typeof GOAL_KINDS)[number];

/** Whether a peak goal counts avoided trips as such or per employee (headcounts change). */
export const GOAL_BASES = ['absolute', 'per-employee'] as const;
export type GoalBasis = (typeof GOAL_BASES)[number];

/** A goal of one company, or of the alliance itself when `companyId` is null. */
export interface Goal {
  companyId: string | null;
  kind: GoalKind;
  /** Share in percent: of the baseline's peak car trips, or of the baseline year's CO2. */
  targetPct: number;
  baselineYear: number | null;
  targetYear: number | null;
  /** Only meaningful for peak goals; CO2 goals are always 'absolute'. */
  basis: GoalBasis;
}
