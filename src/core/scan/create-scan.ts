import { createPointIndex } from '../geo/point-index.js';
import type { LatLon } from '../geo/lat-lon.js';
import type { Employee } from '../ingest/types.js';
import type { ScanSettings } from '../settings/scan-settings-schema.js';
import { settingsMethodEntries } from '../settings/settings-method-entries.js';
import { workingDaysBetween } from '../track/working-days.js';
import { assessEmployee, type AssessContext, type PreparedLocation } from './assess-employee.js';
import { CarProfileAccumulator } from './car-profile.js';
import { WpmScopeAccumulator } from './wpm-scope.js';
import { CarpoolCandidates } from './carpool-candidates.js';
import { clusterCarpool } from './cluster-carpool.js';
import { employeeRow, type EmployeeRow } from './employee-row.js';
import { createLocationMatcher } from './match-location.js';
import { ModeEstimator } from './mode-estimator.js';
import { startMinutesOf } from './peak-trip-shares.js';
import { SCAN_NOTES } from './scan-notes.js';
import { ScanAggregator } from './scan-aggregator.js';
import type { ScanContext } from './scan-context.js';
import type { DataQuality, ScanResult } from './scan-result.js';
import { ScenarioGroups, type GroupOutcome } from './scenario-groups.js';

/** Options of a scan; `onEmployee` asks for the confidential per-employee list (docs/method.md, Privacy). */
export interface ScanOptions {
  /**
   * The year the scan describes (the export's date, else the scan's): its working days (weekdays
   * minus Dutch public holidays) turn commuting days into trips per working day. Passed in: the
   * core reads no clock.
   */
  year: number;
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
 * The mobility scan as an accumulator (docs/method.md), so reading can stream. Per-employee
 * figures live only inside add(); the scenario groups keep sums, and carpool candidates typed
 * arrays, until finish() applies the scenario per group.
 */
export function createScan(settings: ScanSettings, context: ScanContext, options: ScanOptions): Scan {
  const s = settings;
  if (!Number.isInteger(options.year) || options.year < 1900 || options.year > 2200) throw new Error(`createScan: year ${options.year} is not a calendar year`);
  const stations = createPointIndex(context.stations);
  const workingDaysPerYear = workingDaysBetween(`${options.year}-01-01`, `${options.year}-12-31`, { liberationDay: s.commuting.liberationDay }).length;
  const assess: AssessContext = { settings: s, geocoder: context.geocoder, stations, workingDaysPerYear, modeEstimator: new ModeEstimator(s.modeEstimate) };
  // Location x band groups for the headline scenario; location x PC4 groups for the area rows.
  const bandGroups = new ScenarioGroups<{ li: number; band: number }>();
  const pc4Groups = new ScenarioGroups<{ li: number; pc4: string }>();
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
    homesTooFar: 0,
    unmatchedLocationEmployees: 0,
    modeRules: { given: 0, leaseCar: 0, ovAllowance: 0, kmAllowance: 0, estimated: 0, unknown: 0 },
    ptEstimate: { estimated: 0, withTransfer: 0, noStations: 0, sameStation: 0, stationTooFar: 0, stationsTooClose: 0 },
  };
  const ptOutcome = { 'no-stations': 'noStations', 'same-station': 'sameStation', 'station-too-far': 'stationTooFar', 'stations-too-close': 'stationsTooClose' } as const;
  let finished = false;

  function add(e: Employee): void {
    const li = match(e.workLocation);
    if (li < 0) {
      dq.unmatchedLocationEmployees++;
      const value = e.workLocation ?? '(empty)';
      unmatched.set(value, (unmatched.get(value) ?? 0) + 1);
    }
    const a = assessEmployee(e, locations[li], li, near, assess);
    const pc4 = e.country === 'NL' ? (e.pc4 ?? e.pc6?.slice(0, 4)) : undefined;
    const group = a.band < 0 ? -1 : bandGroups.add(`${li}|${a.band}`, { li, band: a.band }, a);
    if (a.band >= 0 && pc4 !== undefined) pc4Groups.add(`${li}|${pc4}`, { li, pc4 }, a);
    overall.add(a, pc4, e.country !== 'NL');
    profile.add(a, e);
    wpm.add(a, e);
    perLocation[li]?.add(a, pc4, e.country !== 'NL');
    dq.rowsUsed++;
    dq.modeRules[a.modeRule]++;
    if (a.ambiguousPlace) dq.ambiguousPlaces++;
    if (a.tooFarForCommute) dq.homesTooFar++;
    if (a.pt) dq.ptEstimate[a.pt.ok ? 'estimated' : ptOutcome[a.pt.reason]]++;
    if (a.pt?.ok && a.pt.transfers > 0) dq.ptEstimate.withTransfer++;
    if (rows) rows.push(employeeRow(a, e.row, e.personnelId, context.locations[li]?.name ?? null, s));
    if (li >= 0 && a.mode === 'auto' && a.home && a.carKm !== undefined && a.carKm >= s.carpool.minDistanceKm) {
      candidates[li]!.push({
        lat: a.home.lat,
        lon: a.home.lon,
        startMinutes: startMinutesOf(e, s.peak) ?? Number.NaN,
        group,
        hasPt: a.ptShare !== undefined,
        morningTrips: a.peak.morning * a.tripsPerDay,
        eveningTrips: a.peak.evening * a.tripsPerDay,
        co2Kg: a.co2KgNow ?? 0,
        rowIndex: rows ? rows.length - 1 : -1,
      });
    }
  }

  /** Applies the scenario per group and hands each group's outcome to the aggregates it belongs to. */
  function addScenarios(): GroupOutcome[] {
    const outcomes = bandGroups.outcomes();
    for (const { key, outcome } of outcomes) {
      overall.addScenario(key.band, outcome);
      perLocation[key.li]?.addScenario(key.band, outcome);
      profile.addScenario(key.band, outcome);
    }
    for (const { key, outcome } of pc4Groups.outcomes()) {
      overall.addPc4Scenario(key.pc4, outcome);
      perLocation[key.li]?.addPc4Scenario(key.pc4, outcome);
    }
    return outcomes.map((o) => o.outcome);
  }

  function addCarpoolGroups(outcomes: GroupOutcome[]): void {
    candidates.forEach((c, li) => {
      const { groupOf, groups } = clusterCarpool(c, s.carpool);
      const size = new Int32Array(groups);
      for (const g of groupOf) if (g >= 0) size[g]!++;
      let passengers = 0;
      for (let i = 0; i < c.length; i++) {
        const g = groupOf[i]!;
        if (g < 0) continue;
        const k = size[g]!;
        // What the scenario leaves in the car: not cycling, and (with a train estimate) not on the train.
        const o = outcomes[c.group[i]!];
        const left = o ? (1 - o.cyclingShare) * (c.hasPt[i] ? 1 - o.ptShareOfRest : 1) : 1;
        // One member keeps driving: of a group of k, (k - 1) / k of each member's trips can go as a passenger.
        const share = { expected: left * s.carpool.uptake * ((k - 1) / k), morningTrips: c.morningTrips[i]!, eveningTrips: c.eveningTrips[i]!, co2Kg: c.co2Kg[i]! };
        passengers += share.expected;
        overall.addCarpool(share);
        perLocation[li]!.addCarpool(share);
        const row = rows?.[c.rowIndex[i]!];
        if (row) {
          row.carpoolGroup = g + 1;
          row.potential.carpool = true;
        }
      }
      profile.addCarpool(groupOf.reduce((inGroups, g) => inGroups + (g >= 0 ? 1 : 0), 0), groups, passengers);
    });
  }

  function finish(counts: { rowsRead: number; rowsRejected: number }): ScanResult {
    if (finished) throw new Error('createScan: finish() was called twice');
    finished = true;
    addCarpoolGroups(addScenarios());
    if (rows) for (const row of rows) options.onEmployee!(row);
    const pc4Centroid = (pc4: string): LatLon | undefined => context.geocoder.pc4(pc4);
    const total = overall.finish(pc4Centroid);
    return {
      schema: 'mobiscan/scan-result@2',
      overall: total,
      locations: context.locations.map((l, i) => ({ name: l.name, ...(l.key === undefined ? {} : { key: l.key }), ...perLocation[i]!.finish(pc4Centroid) })),
      unmatchedLocations: [...unmatched]
        .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
        .slice(0, MAX_UNMATCHED_LISTED)
        .map(([value, employees]) => ({ value, employees })),
      dataQuality: { rowsRead: counts.rowsRead, rowsRejected: counts.rowsRejected, precision: total.precision, ...dq },
      carProfile: profile.finish(),
      wpmScope: wpm.finish(),
      method: {
        year: options.year,
        workingDaysPerYear,
        fullTimerTripsPerWorkingDay: Math.round((s.commuting.daysPerYearFullWeek / workingDaysPerYear) * 1000) / 1000,
        settings: settingsMethodEntries(s),
        co2FactorsVersion: s.co2.version,
        co2Basis: s.co2.basis,
        notes: [...SCAN_NOTES],
      },
      suppression: null,
    };
  }

  return { add, finish };
}

function avg(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}
