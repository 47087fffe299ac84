import { createPointIndex } from '../geo/point-index.js';
import type { LatLon } from '../geo/lat-lon.js';
import type { Employee } from '../ingest/types.js';
import type { ScanSettings } from '../settings/scan-settings-schema.js';
import { settingsMethodEntries } from '../settings/settings-method-entries.js';
import { assessEmployee, type PreparedLocation } from './assess-employee.js';
import { CarProfileAccumulator } from './car-profile.js';
import { WpmScopeAccumulator } from './wpm-scope.js';
import { CarpoolCandidates } from './carpool-candidates.js';
import { clusterCarpool } from './cluster-carpool.js';
import { employeeRow, type EmployeeRow } from './employee-row.js';
import { createLocationMatcher } from './match-location.js';
import { startMinutesOf } from './peak-trip-shares.js';
import { SCAN_NOTES } from './scan-notes.js';
import { ScanAggregator } from './scan-aggregator.js';
import type { ScanContext } from './scan-context.js';
import type { DataQuality, ScanResult } from './scan-result.js';

/** Options of a scan; `onEmployee` asks for the confidential per-employee list (METHOD.md 9). */
export interface ScanOptions {
  /** Called once per employee, in input order, when finish() runs (rows are kept until then). */
  onEmployee?: (row: EmployeeRow) => void;
}

/** A scan in progress: add employees as they are read, then finish. */
export interface Scan {
  add(e: Employee): void;
  finish(dataQuality: { rowsRead: number; rowsRejected: number }): ScanResult;
}

const NL_CENTRE: LatLon = { lat: 52.1, lon: 5.3 }; // roughly the middle of the Netherlands: where to look up a place name when no location is known
const MAX_UNMATCHED_LISTED = 100; // enough to map them by hand; a longer list means the wrong column

/**
 * The mobility scan as an accumulator (METHOD.md 3-6), so reading can stream. Per-employee
 * figures live only inside add(); carpool candidates are kept as typed arrays until finish().
 */
export function createScan(settings: ScanSettings, context: ScanContext, options: ScanOptions = {}): Scan {
  const s = settings;
  const stations = createPointIndex(context.stations);
  const locations: PreparedLocation[] = context.locations.map((l) => ({ lat: l.lat, lon: l.lon, workStation: stations.nearest(l) }));
  const near = locations.length === 0 ? NL_CENTRE : { lat: avg(locations.map((l) => l.lat)), lon: avg(locations.map((l) => l.lon)) };
  const match = createLocationMatcher(context.locations);
  const overall = new ScanAggregator(s);
  const perLocation = context.locations.map(() => new ScanAggregator(s));
  const candidates = context.locations.map(() => new CarpoolCandidates());
  const profile = new CarProfileAccumulator(s);
  const wpm = new WpmScopeAccumulator();
  const unmatched = new Map<string, number>();
  const rows: EmployeeRow[] | undefined = options.onEmployee ? [] : undefined;
  const dq: Omit<DataQuality, 'rowsRead' | 'rowsRejected' | 'precision'> = {
    rowsUsed: 0,
    ambiguousPlaces: 0,
    unmatchedLocationEmployees: 0,
    modeRules: { given: 0, leaseCar: 0, ovAllowance: 0, kmAllowance: 0, unknown: 0 },
    ptEstimate: { estimated: 0, noStations: 0, sameStation: 0, stationTooFar: 0 },
  };
  const ptOutcome = { 'no-stations': 'noStations', 'same-station': 'sameStation', 'station-too-far': 'stationTooFar' } as const;
  let finished = false;

  function add(e: Employee): void {
    const li = match(e.workLocation);
    if (li < 0) {
      dq.unmatchedLocationEmployees++;
      const value = e.workLocation ?? '(empty)';
      unmatched.set(value, (unmatched.get(value) ?? 0) + 1);
    }
    const a = assessEmployee(e, locations[li], near, s, context.geocoder, stations);
    const pc4 = e.country === 'NL' ? (e.pc4 ?? e.pc6?.slice(0, 4)) : undefined;
    overall.add(a, pc4, e.country !== 'NL');
    profile.add(a, e);
    wpm.add(a, e);
    perLocation[li]?.add(a, pc4, e.country !== 'NL');
    dq.rowsUsed++;
    dq.modeRules[a.modeRule]++;
    if (a.ambiguousPlace) dq.ambiguousPlaces++;
    if (a.pt) dq.ptEstimate[a.pt.ok ? 'estimated' : ptOutcome[a.pt.reason]]++;
    if (rows) rows.push(employeeRow(a, e.row, e.personnelId, context.locations[li]?.name ?? null, s));
    if (li >= 0 && a.mode === 'auto' && a.home && a.carKm !== undefined && a.carKm >= s.carpool.minDistanceKm) {
      candidates[li]!.push({
        lat: a.home.lat,
        lon: a.home.lon,
        startMinutes: startMinutesOf(e, s.peak) ?? Number.NaN,
        remainder: Math.max(0, 1 - a.pBike - a.pEbike - a.pPt),
        morningTrips: a.peak.morning * a.tripsPerDay,
        eveningTrips: a.peak.evening * a.tripsPerDay,
        co2Kg: a.co2KgNow ?? 0,
        rowIndex: rows ? rows.length - 1 : -1,
      });
    }
  }

  function addCarpoolGroups(): void {
    candidates.forEach((c, li) => {
      const { groupOf, groups } = clusterCarpool(c, s.carpool);
      const size = new Int32Array(groups);
      for (const g of groupOf) if (g >= 0) size[g]!++;
      profile.addCarpool(groupOf.reduce((inGroups, g) => inGroups + (g >= 0 ? 1 : 0), 0), groups);
      for (let i = 0; i < c.length; i++) {
        const g = groupOf[i]!;
        if (g < 0) continue;
        const k = size[g]!;
        // One member keeps driving: of a group of k, (k - 1) / k of each member's trips can go as a passenger.
        const share = { expected: c.remainder[i]! * s.carpool.uptake * ((k - 1) / k), morningTrips: c.morningTrips[i]!, eveningTrips: c.eveningTrips[i]!, co2Kg: c.co2Kg[i]! };
        overall.addCarpool(share);
        perLocation[li]!.addCarpool(share);
        const row = rows?.[c.rowIndex[i]!];
        if (row) {
          row.carpoolGroup = g + 1;
          row.potential.carpool = true;
        }
      }
    });
  }

  function finish(counts: { rowsRead: number; rowsRejected: number }): ScanResult {
    if (finished) throw new Error('createScan: finish() was called twice');
    finished = true;
    addCarpoolGroups();
    if (rows) for (const row of rows) options.onEmployee!(row);
    const pc4Centroid = (pc4: string): LatLon | undefined => context.geocoder.pc4(pc4);
    const total = overall.finish(pc4Centroid);
    return {
      schema: 'mobiscan/scan-result@1',
      overall: total,
      locations: context.locations.map((l, i) => ({ name: l.name, ...(l.key === undefined ? {} : { key: l.key }), ...perLocation[i]!.finish(pc4Centroid) })),
      unmatchedLocations: [...unmatched]
        .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
        .slice(0, MAX_UNMATCHED_LISTED)
        .map(([value, employees]) => ({ value, employees })),
      dataQuality: { rowsRead: counts.rowsRead, rowsRejected: counts.rowsRejected, precision: total.precision, ...dq },
      carProfile: profile.finish(),
      wpmScope: wpm.finish(),
      method: { settings: settingsMethodEntries(s), co2FactorsVersion: s.co2.version, co2Basis: s.co2.basis, notes: [...SCAN_NOTES] },
      suppression: null,
    };
  }

  return { add, finish };
}

function avg(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}
