import type { PeakProgress } from '../track/peak-progress.js';

/**
 * The latest measured period that can say where the member stands: after the baseline, not
 * flagged, and not provisional (too few working days measured yet). The summary, the key figure
 * and the goal line all rest on this one period, so they never tell two different stories.
 */
export function latestCompletePeriod(peak: PeakProgress | null | undefined): PeakProgress['periods'][number] | null {
  return peak?.periods.filter((p) => !p.inBaseline && p.flagged === null && p.avoidedPerDay !== null && !('provisional' in p && p.provisional)).at(-1) ?? null;
}
