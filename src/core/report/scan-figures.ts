import type { Mode } from '../ingest/types.js';
import type { ScanResult } from '../scan/scan-result.js';
import { POTENTIAL_MODES } from '../settings/potential-modes.js';
import type { Chart, Lang, Table } from './report-model.js';
import { bandLabel, text, type ReportTexts } from './report-texts.js';
import { bandOrder, countCell, modesIn } from './scan-sections.js';
import { settingsTable as readableSettings } from './settings-table.js';

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
