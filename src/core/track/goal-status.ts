/** The status of a goal, shared by the peak-trip goal and the CO2 goal. */

/** 'met': reached now; 'on-track': the trend reaches it by the target date; 'no-data': nothing measured. */
export type GoalStatus = 'met' | 'on-track' | 'behind' | 'no-data';

/** Tolerance for comparing shares, so 180 / 1800 counts as exactly 10%. */
export const SHARE_EPSILON = 1e-9;

/** A fraction as a percentage with one decimal ('10.0%'); negative for a rise. */
export function formatPct(fraction: number): string {
  return `${(fraction * 100).toFixed(1)}%`;
}
