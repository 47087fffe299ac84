import type { Mode } from '../ingest/types.js';
import type { PotentialMode, ScanSettings } from '../settings/scan-settings-schema.js';
import type { EmployeeAssessment } from './assess-employee.js';
import type { ModeRule } from './infer-mode.js';
import type { Precision } from './place-home.js';

/**
 * One line of the confidential per-employee list (`--employees FILE`, docs/method.md, Privacy):
 * for the employer's own use only, keyed by its personnel number. Never part of a ScanResult.
 */
export interface EmployeeRow {
  personnelId: string | null;
  /** Row of the source file. */
  row: number;
  location: string | null;
  precision: Precision;
  /** One way along the cycling route (HR distance when given), km, 1 decimal. */
  distanceKm: number | null;
  band: string | null;
  mode: Mode;
  modeRule: ModeRule;
  commutingDaysPerYear: number;
  /** Which potentials the band (and, for carpool, a group) puts in reach. */
  potential: Record<PotentialMode, boolean>;
  /**
   * Scenario shares at this employee's distance and travel-time factor, rounded to 3 decimals:
   * PCT Go Dutch and E-bike levels and the PT share. Shares of a group, not this person's chance
   * to switch (the scenario applies them per group).
   */
  pGoDutch: number;
  pEbike: number;
  ptShare: number | null;
  /** Estimated PT/car travel-time factor, when there is one. */
  ptFactor: number | null;
  /** Carpool group number within the location, when in a group. */
  carpoolGroup: number | null;
  co2KgPerYear: number | null;
}

const r = (x: number, d: number): number => Math.round(x * 10 ** d) / 10 ** d;

/** Builds the row of one employee; the carpool fields are filled in when the groups are known. */
export function employeeRow(a: EmployeeAssessment, row: number, personnelId: string | undefined, location: string | null, s: ScanSettings): EmployeeRow {
  const modes = a.band >= 0 ? s.bands[a.band]!.modes : [];
  return {
    personnelId: personnelId ?? null,
    row,
    location,
    precision: a.precision,
    distanceKm: a.bikeKm === undefined ? null : r(a.bikeKm, 1),
    band: a.band >= 0 ? s.bands[a.band]!.id : null,
    mode: a.mode,
    modeRule: a.modeRule,
    commutingDaysPerYear: r(a.daysPerYear, 1),
    potential: {
      walk: modes.includes('walk'),
      bike: modes.includes('bike'),
      ebike: modes.includes('ebike'),
      speedPedelec: modes.includes('speedPedelec'),
      pt: modes.includes('pt'),
      carpool: false,
    },
    pGoDutch: r(a.pGoDutch, 3),
    pEbike: r(a.pEbike, 3),
    ptShare: a.ptShare === undefined ? null : r(a.ptShare, 3),
    ptFactor: a.ptFactor === undefined ? null : r(a.ptFactor, 2),
    carpoolGroup: null,
    co2KgPerYear: a.co2KgNow === undefined ? null : r(a.co2KgNow, 1),
  };
}
