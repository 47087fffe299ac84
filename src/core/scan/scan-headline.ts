import type { ScanResult } from './scan-result.js';

/** The figures a member's history shows per scan: what a board asks about first. */
export interface ScanHeadline {
  employees: number;
  carCommuters: number;
  /** carCommuters / employees (0..1); null without employees. */
  carShare: number | null;
  /** The scenario's car drivers (bike, e-bike, PT, carpool together, each once); for a version 1 scan its per-person expected switchers. */
  expectedSwitchers: number;
  /** Car trips in the morning and evening peak windows on an average working day. */
  peakCarTripsPerDay: number;
  /** Of those, the trips the expected switchers would avoid. */
  avoidablePeakTripsPerDay: number;
  co2KgPerYear: number;
  co2KgPerYearAfter: number;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The headline of a stored scan result, or null when the JSON is not a scan result this version reads. */
export function scanHeadline(result: unknown): ScanHeadline | null {
  if (!isObject(result) || (result.schema !== 'mobiscan/scan-result@1' && result.schema !== 'mobiscan/scan-result@2') || !isObject(result.overall)) return null;
  const o = (result as unknown as ScanResult).overall;
  if (!isObject(o.peak) || !isObject(o.co2KgPerYear)) return null;
  // Version 1 kept per-person switch rates in `potential`; version 2 the scenario's car drivers.
  const v1 = (o as unknown as { potential?: Record<string, { expectedSwitchers?: number | null }> }).potential;
  const expectedSwitchers = isObject(o.scenario) ? o.scenario.carDrivers : isObject(v1) ? Object.values(v1).reduce((sum, p) => sum + (p.expectedSwitchers ?? 0), 0) : null;
  if (expectedSwitchers === null) return null;
  return {
    employees: o.employees,
    carCommuters: o.carCommuters,
    carShare: o.employees > 0 ? o.carCommuters / o.employees : null,
    expectedSwitchers,
    peakCarTripsPerDay: o.peak.carTripsPerDay.total,
    avoidablePeakTripsPerDay: o.peak.avoidedCarTripsPerDay.total,
    co2KgPerYear: o.co2KgPerYear.now,
    co2KgPerYearAfter: o.co2KgPerYear.after,
  };
}

/** The figures compared between two scans, in the order a comparison shows them. */
export const COMPARED_FIGURES = ['employees', 'carShare', 'expectedSwitchers', 'peakCarTripsPerDay', 'avoidablePeakTripsPerDay', 'co2KgPerYear'] as const;
export type ComparedFigure = (typeof COMPARED_FIGURES)[number];

/** One figure of two scans: the earlier value, the later one and the change (null where a value is missing). */
export interface FigureComparison {
  figure: ComparedFigure;
  before: number | null;
  after: number | null;
  change: number | null;
}

/** Compares two scans' headlines figure by figure, the earlier one first. */
export function compareHeadlines(before: ScanHeadline, after: ScanHeadline): FigureComparison[] {
  return COMPARED_FIGURES.map((figure) => {
    const a = before[figure];
    const b = after[figure];
    return { figure, before: a, after: b, change: a === null || b === null ? null : b - a };
  });
}
