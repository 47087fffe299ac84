/**
 * Registered avoided trips per working day: a second source beside the counts, always shown
 * apart and labelled, because registrations and counts measure different things.
 */
import type { AvoidanceRegistration, DateRange } from './types.js';
import { type WorkingDayOptions, workingDaysBetween } from './working-days.js';

/** Registrations over one period. */
export interface RegistrationSummary extends DateRange {
  source: 'registrations';
  workingDays: number;
  /** Registered avoided trips on working days in the period. */
  total: number;
  /** total / working days: a day without registrations counts as zero avoided trips. */
  perWorkingDay: number | null;
  /** perWorkingDay / baseline, when a baseline is given and above 0. */
  shareOfBaseline: number | null;
  /** Totals per mode as written; '' for registrations without a mode. */
  byMode: Record<string, number>;
}

/** Sum registrations over [from, to]; weekends and holidays are left out. */
export function summariseRegistrations(
  registrations: readonly AvoidanceRegistration[],
  options: DateRange & { baselinePerDay?: number; workingDays?: WorkingDayOptions },
): RegistrationSummary {
  const days = new Set(workingDaysBetween(options.from, options.to, options.workingDays));
  const byMode: Record<string, number> = {};
  let total = 0;
  for (const r of registrations) {
    if (!days.has(r.date)) continue;
    total += r.count;
    const mode = r.mode ?? '';
    byMode[mode] = (byMode[mode] ?? 0) + r.count;
  }
  const perWorkingDay = days.size === 0 ? null : total / days.size;
  const baseline = options.baselinePerDay;
  return {
    source: 'registrations',
    from: options.from,
    to: options.to,
    workingDays: days.size,
    total,
    perWorkingDay,
    shareOfBaseline: perWorkingDay !== null && baseline !== undefined && baseline > 0 ? perWorkingDay / baseline : null,
    byMode,
  };
}
