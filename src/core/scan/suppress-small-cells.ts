import type { Count, ScanAggregate, ScanResult } from './scan-result.js';
import { suppressPc4Splits } from './suppress-pc4-splits.js';

const FLOOR = 3; // privacy: the threshold is a setting but never below 3 (docs/method.md, Privacy)

/**
 * A copy of the result in which every cell describing 1 to threshold - 1 employees is null and
 * marked `suppressed: true` (docs/method.md, Privacy): band x mode cells, PC4 rows (with their
 * scenario), in-reach head counts, the head counts of the scenario's bands, and unmatched location
 * values. Zero cells reveal nobody and stay, except in a PC4 row, where
 * "0 of 6 drive" describes each of the six (suppress-pc4-splits.ts). Totals per location, data quality and expected
 * (fractional) figures are kept. A threshold below 3 counts as 3.
 */
export function suppressSmallCells(result: ScanResult, threshold: number): ScanResult {
  const limit = Math.max(FLOOR, Math.ceil(threshold));
  let cellsSuppressed = 0;
  const small = (n: Count): boolean => n !== null && n > 0 && n < limit;
  // A band row hides every head count when one is small, so none can be derived from the others; zeros stay.
  const hideAll = (n: Count): Count => (n === 0 ? 0 : null);

  const aggregate = <T extends ScanAggregate>(a: T): T => ({
    ...a,
    byBandMode: a.byBandMode.map((c) => (small(c.employees) ? (cellsSuppressed++, { ...c, employees: null, suppressed: true as const }) : c)),
    inReach: Object.fromEntries(
      Object.entries(a.inReach).map(([mode, p]) => [mode, small(p.carCommuters) ? (cellsSuppressed++, { ...p, carCommuters: null, suppressed: true as const }) : p]),
    ) as ScanAggregate['inReach'],
    scenario: {
      ...a.scenario,
      byBand: a.scenario.byBand.map((b) =>
        small(b.commuters) || small(b.cyclistsNow) || small(b.carCommuters)
          ? (cellsSuppressed++, { ...b, commuters: hideAll(b.commuters), cyclistsNow: hideAll(b.cyclistsNow), carCommuters: hideAll(b.carCommuters), suppressed: true as const })
          : b,
      ),
    },
    pc4: pc4Rows(a),
  });
  const pc4Rows = (a: ScanAggregate): ScanAggregate['pc4'] => {
    const { cells, hidden } = suppressPc4Splits(a.pc4, a, limit);
    cellsSuppressed += hidden;
    // a hidden split hides the area's scenario too: it would give the split back
    return cells.map((c) => (c.suppressed ? { ...c, scenario: null } : c));
  };

  const hide = (n: Count): Count => (small(n) ? (cellsSuppressed++, null) : n);
  const profile = result.carProfile;
  const carProfile: ScanResult['carProfile'] = {
    ...profile,
    bands: profile.bands.map((b) => ({ ...b, carCommuters: hide(b.carCommuters) })),
    goodPt: { ...profile.goodPt, carCommuters: hide(profile.goodPt.carCommuters) },
    fuelMix: { ...profile.fuelMix, byFuel: Object.fromEntries(Object.entries(profile.fuelMix.byFuel).map(([fuel, count]) => [fuel, hide(count)])) },
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
