import type { PeakProgress } from '../track/peak-progress.js';

type Period = PeakProgress['periods'][number];

/**
 * Whether a period can say where a member stands: after the baseline, not flagged, measured, and
 * not provisional (too few working days measured yet). The summary, the key figures, the goal
 * line and the alliance report all rest on such periods, so they never tell two stories.
 */
export function isCompletePeriod(p: Period): boolean {
  return !p.inBaseline && p.flagged === null && p.avoidedPerDay !== null && !('provisional' in p && p.provisional);
}

/** The latest complete period, or null without one. */
export function latestCompletePeriod(peak: PeakProgress | null | undefined): Period | null {
  return peak?.periods.filter(isCompletePeriod).at(-1) ?? null;
}
