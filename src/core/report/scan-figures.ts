import { haversineKm } from '../geo/haversine-km.js';
import type { Mode } from '../ingest/types.js';
import type { Station } from '../scan/scan-context.js';
import type { ScanResult } from '../scan/scan-result.js';
import { POTENTIAL_MODES } from '../settings/potential-modes.js';
import type { Chart, Lang, MapModel, Table } from './report-model.js';
import { bandLabel, text, type ReportTexts } from './report-texts.js';
import { bandOrder, countCell, modesIn } from './scan-sections.js';
import { settingsTable as readableSettings } from './settings-table.js';

/** How far around a location the map shows homes and stations, km. */
const MAP_RADIUS_KM = 40; // beyond the 30 km bands, so the far commuters show at the edge
/** Stations drawn on the map: those nearest to a location. */
const MAP_STATIONS_PER_LOCATION = 6;

/** Charts from a scan: current mode by band (stacked) and the potential per mode. */
export function scanCharts(result: ScanResult, t: ReportTexts, lang: Lang): Chart[] {
  const o = result.overall;
  const bands = bandOrder(result).filter((b) => b !== 'unknown');
  const modes = modesIn(result);
  const count = (band: string, mode: Mode): number | null => {
    const c = o.byBandMode.find((x) => x.band === band && x.mode === mode);
    return c ? c.employees : 0;
  };
  return [
    {
      id: 'mode-by-band',
      title: text(t, 'chartModeByBand'),
      kind: 'stackedBar',
      categories: bands.map((b) => bandLabel(b, lang, text(t, 'bandUnknown'))),
      xLabel: text(t, 'colBand'),
      series: modes.map((m) => ({ name: text(t, `mode_${m}`), key: m, values: bands.map((b) => count(b, m)) })),
      yLabel: text(t, 'axisEmployees'),
      yFormat: 'int',
      note: text(t, 'confidentialityNote', { threshold: result.suppression?.threshold ?? 5 }),
    },
    {
      id: 'potential',
      title: text(t, 'chartPotential'),
      kind: 'bar',
      categories: POTENTIAL_MODES.map((m) => text(t, `potential_${m}`)),
      xLabel: text(t, 'colMode'),
      series: [
        { name: text(t, 'seriesInReach'), values: POTENTIAL_MODES.map((m) => o.inReach[m].carCommuters) },
        { name: text(t, 'seriesExpected'), values: POTENTIAL_MODES.map((m) => scenarioCarDrivers(result, m)) },
      ],
      yLabel: text(t, 'axisCarCommuters'),
      yFormat: 'count',
    },
  ];
}

/** The scenario's car drivers for one alternative; null where there is no scenario (walking, speed pedelec). */
export function scenarioCarDrivers(result: ScanResult, mode: (typeof POTENTIAL_MODES)[number]): number | null {
  const sc = result.overall.scenario;
  const byMode = { walk: null, bike: sc.goDutch.carDrivers, ebike: sc.ebike.carDrivers, speedPedelec: null, pt: sc.pt.carDrivers, carpool: sc.carpool.carDrivers };
  return byMode[mode];
}

/** The map: PC4 aggregates (suppressed cells left out) and stations around the locations. */
export function scanMap(result: ScanResult, locations: { name: string; lat: number; lon: number }[], stations: Station[], t: ReportTexts, attribution: string): MapModel | null {
  if (locations.length === 0) return null;
  const near = (p: { lat: number; lon: number }): boolean => locations.some((l) => haversineKm(l, p) <= MAP_RADIUS_KM);
  const cells = result.overall.pc4.flatMap((c) =>
    c.lat !== null && c.lon !== null && c.employees !== null && near({ lat: c.lat, lon: c.lon }) ? [{ pc4: c.pc4, lat: c.lat, lon: c.lon, employees: c.employees, carShare: c.carShare }] : [],
  );
  const chosen = new Map<string, Station>();
  for (const l of locations) {
    const nearest = stations
      .map((s) => ({ s, km: haversineKm(l, s) }))
      .filter((x) => x.km <= MAP_RADIUS_KM)
      .sort((a, b) => a.km - b.km)
      .slice(0, MAP_STATIONS_PER_LOCATION);
    for (const { s } of nearest) chosen.set(s.id, s);
  }
  return {
    title: text(t, 'mapTitle'),
    locations,
    ringsKm: [7.5, 15], // bike reach (7.5 km) and e-bike reach (15 km): docs/method.md, Potential
    cells,
    stations: [...chosen.values()].map((s) => ({ name: s.name, lat: s.lat, lon: s.lon })),
    legend: { employees: text(t, 'legendEmployees'), carShare: text(t, 'legendCarShare'), ring: text(t, 'legendRing'), station: text(t, 'legendStation'), location: text(t, 'legendLocation') },
    attribution,
  };
}

/** The settings table of the method (kept for the alliance report's builder). */
export function settingsTable(result: ScanResult, t: ReportTexts, _lang?: Lang): Table {
  return readableSettings(result.method.settings, t);
}

/** The method appendix's data-quality table. */
export function dataQualityTable(result: ScanResult, t: ReportTexts): Table {
  const dq = result.dataQuality;
  const inferred = dq.modeRules.leaseCar + dq.modeRules.ovAllowance + dq.modeRules.kmAllowance;
  const rows: [string, number][] = [
    [text(t, 'dqRowsRead'), dq.rowsRead],
    [text(t, 'dqRowsRejected'), dq.rowsRejected],
    [text(t, 'dqRowsUsed'), dq.rowsUsed],
    ...(['pc6', 'pc4', 'place', 'distance-only', 'none'] as const).map((p): [string, number] => [text(t, `dqPrecision_${p}`), dq.precision[p]]),
    [text(t, 'dqAmbiguousPlaces'), dq.ambiguousPlaces],
    [text(t, 'dqHomesTooFar'), dq.homesTooFar],
    [text(t, 'dqUnmatched'), dq.unmatchedLocationEmployees],
    [text(t, 'dqModeGiven'), dq.modeRules.given],
    [text(t, 'dqModeInferred'), inferred],
    [text(t, 'dqModeEstimated'), dq.modeRules.estimated],
    [text(t, 'dqModeUnknown'), dq.modeRules.unknown],
    [text(t, 'dqPtEstimated'), dq.ptEstimate.estimated],
  ];
  return {
    id: 'data-quality',
    title: text(t, 'methodDataQuality'),
    columns: [
      { key: 'what', label: text(t, 'colWhat'), format: 'text', width: 40 },
      { key: 'count', label: text(t, 'colCount'), format: 'int' },
    ],
    rows: rows.map(([what, n]) => [what, countCell(n)]),
  };
}
