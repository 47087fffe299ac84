import type { Employee } from '../ingest/types.js';
import type { ScanSettingValues } from '../settings/scan-settings-schema.js';

/**
 * Commuting days a year: the Dutch tax rule counts 214 days for five days a week (Belastingdienst; docs/method.md, CO2),
 * scaled by the workdays per week (given, else FTE x 5 rounded, else 5) minus the
 * work-from-home days.
 */
export function commutingDaysPerYear(
  e: Pick<Employee, 'workdaysPerWeek' | 'fte' | 'homeworkDaysPerWeek'>,
  commuting: ScanSettingValues['commuting'],
): number {
  const workdays = e.workdaysPerWeek ?? (e.fte !== undefined ? Math.round(e.fte * commuting.fullWeekDays) : commuting.fullWeekDays);
  const officeDays = Math.max(0, workdays - (e.homeworkDaysPerWeek ?? 0));
  return (commuting.daysPerYearFullWeek / commuting.fullWeekDays) * officeDays;
}
