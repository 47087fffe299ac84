import type { Employee, Mode } from '../ingest/types.js';
import type { ScanSettingValues } from '../settings/scan-settings-schema.js';

/** Which rule gave an employee's current mode. */
export type ModeRule = 'given' | 'leaseCar' | 'ovAllowance' | 'kmAllowance' | 'estimated' | 'unknown';

/**
 * The current mode: as given; else a lease car means the car, an OV allowance public transport,
 * a km allowance at a distance of at least kmAllowanceCarMinKm (7.5 km) the car; else unknown.
 * A stated rule, not a fact: the result counts how many modes each rule decided. What stays
 * unknown is estimated later from national shares by distance (ModeEstimator, rule 'estimated').
 */
export function inferMode(
  e: Pick<Employee, 'mode' | 'leaseCar' | 'allowance'>,
  distanceKm: number | undefined,
  rule: ScanSettingValues['modeInference'],
): { mode: Mode; rule: ModeRule } {
  if (e.mode !== 'onbekend') return { mode: e.mode, rule: 'given' };
  if (!rule.enabled) return { mode: 'onbekend', rule: 'unknown' };
  if (e.leaseCar === true) return { mode: 'auto', rule: 'leaseCar' };
  if (e.allowance === 'ov') return { mode: 'ov', rule: 'ovAllowance' };
  if (e.allowance === 'km' && distanceKm !== undefined && distanceKm >= rule.kmAllowanceCarMinKm) return { mode: 'auto', rule: 'kmAllowance' };
  return { mode: 'onbekend', rule: 'unknown' };
}
