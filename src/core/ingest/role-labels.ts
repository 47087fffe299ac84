import type { ColumnRole } from './types.js';

/** Short English names of the column roles, for messages and tables. */
export const ROLE_LABELS: Readonly<Record<ColumnRole, string>> = {
  homePostcode: 'home postcode',
  workLocation: 'work location',
  country: 'country',
  homePlace: 'home place',
  employeeId: 'personnel number',
  fte: 'FTE',
  hoursPerWeek: 'hours per week',
  workdaysPerWeek: 'workdays per week',
  homeworkDaysPerWeek: 'work-from-home days per week',
  mode: 'mode of travel',
  leaseCar: 'lease car',
  fuel: 'fuel',
  allowance: 'travel allowance',
  distanceKm: 'commute distance (km)',
  startTime: 'start time',
  shift: 'shift or roster',
};
