import type { Count, ScanAggregate, ScanResult } from './scan-result.js';

const FLOOR = 3; // METHOD.md 9: the threshold is a setting but never below 3

/**
 * A copy of the result in which every cell describing 1 to threshold - 1 employees is null and
 * marked `suppressed: true` (METHOD.md 9): band x mode cells, PC4 rows, potential head counts
 * and unmatched location values. Zero cells reveal nobody and stay. Totals per location, data
 * quality and expected (fractional) figures are kept. A threshold below 3 counts as 3.
 */
export function suppressSmallCells(result: ScanResult, threshold: number): ScanResult {
  const limit = Math.max(FLOOR, Math.ceil(threshold));
  let cellsSuppressed = 0;
  const small = (n: Count): boolean => n !== null && n > 0 && n < limit;

  const aggregate = <T extends ScanAggregate>(a: T): T => ({
    ...a,
    byBandMode: a.byBandMode.map((c) => (small(c.employees) ? (cellsSuppressed++, { ...c, employees: null, suppressed: true as const }) : c)),
    potential: Object.fromEntries(
      Object.entries(a.potential).map(([mode, p]) => [mode, small(p.carCommuters) ? (cellsSuppressed++, { ...p, carCommuters: null, suppressed: true as const }) : p]),
    ) as ScanAggregate['potential'],
    pc4: a.pc4.map((c) =>
      small(c.employees) || small(c.carCommuters)
        ? (cellsSuppressed++, { ...c, employees: null, carCommuters: null, carShare: null, suppressed: true as const })
        : c,
    ),
  });

  const hide = (n: Count): Count => (small(n) ? (cellsSuppressed++, null) : n);
  const profile = result.carProfile;
  const carProfile: ScanResult['carProfile'] = {
    ...profile,
    bands: profile.bands.map((b) => ({ ...b, carCommuters: hide(b.carCommuters) })),
    goodPt: { ...profile.goodPt, carCommuters: hide(profile.goodPt.carCommuters) },
    leaseCars: { ...profile.leaseCars, byFuel: Object.fromEntries(Object.entries(profile.leaseCars.byFuel).map(([fuel, count]) => [fuel, hide(count)])) },
    carpool: { ...profile.carpool, candidates: hide(profile.carpool.candidates) },
    homeworkEligible: profile.homeworkEligible && { employees: hide(profile.homeworkEligible.employees), carCommuters: hide(profile.homeworkEligible.carCommuters) },
  };

  const out: ScanResult = {
    ...result,
    carProfile,
    overall: aggregate(result.overall),
    locations: result.locations.map(aggregate),
    // a value few employees share may be a name typed in the wrong column: it is not kept at all
    unmatchedLocations: result.unmatchedLocations.map((u) => (small(u.employees) ? (cellsSuppressed++, { value: '', employees: null, suppressed: true as const }) : u)),
  };
  return { ...out, suppression: { threshold: limit, cellsSuppressed } };
}
