import { MODES, type Mode } from '../ingest/types.js';
import type { Count, ScanAggregate, ScanResult } from '../scan/scan-result.js';
import { POTENTIAL_MODES } from '../settings/potential-modes.js';
import { nearestPlaceName } from './nearest-place.js';
import type { Cell, Column, Lang, Section } from './report-model.js';
import { bandLabel, text, type ReportTexts } from './report-texts.js';
import { hasDash } from './dash-note.js';
import { tableSection } from './table-section.js';
import { mapPlaceName } from './map-names.js';

/** A count as a report cell: null from suppression becomes a suppressed cell. */
export const countCell = (n: Count): Cell => (n === null ? { suppressed: true } : n);

/** The band ids of a result in distance order, with 'unknown' last. */
export function bandOrder(result: ScanResult): string[] {
  const bands = result.method.settings.find((s) => s.setting === 'bands');
  const fromSettings = Array.isArray(bands?.value) ? (bands.value as { id: string }[]).map((b) => b.id) : [];
  const seen = new Set(result.overall.byBandMode.map((c) => c.band));
  return [...fromSettings, ...[...seen].filter((b) => !fromSettings.includes(b) && b !== 'unknown'), ...(seen.has('unknown') ? ['unknown'] : [])];
}

/** Modes that occur in a result, in vocabulary order. */
export function modesIn(result: ScanResult): Mode[] {
  const seen = new Set(result.overall.byBandMode.map((c) => c.mode));
  return MODES.filter((m) => seen.has(m));
}

function locationRow(name: string, a: ScanAggregate): Cell[] {
  return [name, a.employees, a.carCommuters, a.employees > 0 ? a.carCommuters / a.employees : null, a.peak.carTripsPerDay.total, a.peak.avoidedCarTripsPerDay.total];
}

/** The sections a scan alone gives: locations, distance x mode, postcode areas, potential, CO2 by mode. */
export function scanSections(result: ScanResult, t: ReportTexts, lang: Lang, places: readonly { name: string; lat: number; lon: number }[] = []): Section[] {
  const threshold = result.suppression?.threshold ?? 5;
  const o = result.overall;
  const bands = bandOrder(result);
  const modes = modesIn(result);
  const cellOf = (band: string, mode: Mode): Cell => {
    const c = o.byBandMode.find((x) => x.band === band && x.mode === mode);
    return c ? countCell(c.employees) : 0;
  };
  const modeLabel = (m: Mode): string => text(t, `mode_${m}`);
  return [
    tableSection('locations', text(t, 'sectionLocations'), [text(t, 'sectionLocationsIntro')], {
      columns: [
        { key: 'name', label: text(t, 'colLocation'), format: 'text', width: 24 },
        { key: 'employees', label: text(t, 'colEmployees'), format: 'int' },
        { key: 'car', label: text(t, 'colCarCommuters'), format: 'int' },
        { key: 'carShare', label: text(t, 'colCarShare'), format: 'pct', visual: 'dataBar' },
        { key: 'peak', label: text(t, 'colPeakTrips'), format: 'count' },
        { key: 'avoidable', label: text(t, 'colAvoidable'), format: 'count' },
      ],
      rows: result.locations.map((l) => locationRow(l.name, l)),
      totals: locationRow(text(t, 'colTotal'), o),
    }),
    tableSection('bands', text(t, 'sectionBands'), [text(t, 'sectionBandsIntro')], {
      id: 'band-mode',
      columns: [{ key: 'band', label: text(t, 'colBand'), format: 'text', width: 14 }, ...modes.map((m) => ({ key: m, label: modeLabel(m), format: 'int' as const }))],
      rows: bands.map((b) => [bandLabel(b, lang, text(t, 'bandUnknown')), ...modes.map((m) => cellOf(b, m))]),
      note: text(t, 'confidentialityNote', { threshold }),
    }),
    pc4Section(result, t, places, lang),
    tableSection('potential', text(t, 'sectionPotential'), [text(t, 'sectionPotentialIntro')], {
      columns: [
        { key: 'mode', label: text(t, 'colMode'), format: 'text', width: 18 },
        { key: 'inReach', label: text(t, 'colInReach'), format: 'int', visual: 'dataBar' },
      ],
      rows: POTENTIAL_MODES.map((m) => [text(t, `potential_${m}`), countCell(o.inReach[m].carCommuters)]),
    }),
    scenarioSection(result, t, lang),
    ptCarpoolSection(result, t),
    tableSection('co2-mode', text(t, 'sectionCo2'), [text(t, 'sectionCo2Intro')], {
      id: 'co2-by-mode',
      columns: [
        { key: 'mode', label: text(t, 'colMode'), format: 'text', width: 18 },
        { key: 'now', label: text(t, 'colNow'), format: 'decimal1', visual: 'dataBar' },
        { key: 'after', label: text(t, 'colAfter'), format: 'decimal1' },
      ],
      rows: MODES.filter((m) => (o.co2KgPerYear.nowByMode[m] ?? 0) > 0 || (o.co2KgPerYear.afterByMode[m] ?? 0) > 0).map((m) => [
        modeLabel(m),
        (o.co2KgPerYear.nowByMode[m] ?? 0) / 1000,
        (o.co2KgPerYear.afterByMode[m] ?? 0) / 1000,
      ]),
      totals: [text(t, 'colTotal'), o.co2KgPerYear.now / 1000, o.co2KgPerYear.after / 1000],
    }),
  ];
}

/** How many postcode areas the PDF lists: the ten with the most car commuters. */
const PC4_TOP = 10;

/** Postcode areas: the top ten by car commuters with place names (PDF and workbook), and the full list (workbook only). */
function pc4Section(result: ScanResult, t: ReportTexts, places: readonly { name: string; lat: number; lon: number }[], lang: Lang): Section {
  const threshold = result.suppression?.threshold ?? 5;
  const shown = result.overall.pc4.filter((c) => c.employees !== null);
  // the name on the town sign: "Den Haag" in a Dutch report, not GeoNames' "The Hague"
  const placeOf = (c: (typeof shown)[number]): string => {
    const name = c.lat !== null && c.lon !== null ? nearestPlaceName({ lat: c.lat, lon: c.lon }, places) : null;
    return name ? mapPlaceName(name, lang) : '';
  };
  const columns: Column[] = [
    { key: 'pc4', label: text(t, 'colPc4'), format: 'text', width: 8 },
    { key: 'place', label: text(t, 'colPlace'), format: 'text', width: 22 },
    { key: 'employees', label: text(t, 'colEmployees'), format: 'int' },
    { key: 'car', label: text(t, 'colCarCommuters'), format: 'int', visual: 'dataBar' },
    { key: 'carShare', label: text(t, 'colCarShare'), format: 'pct' },
  ];
  const row = (c: (typeof shown)[number]): Cell[] => [c.pc4, placeOf(c), countCell(c.employees), countCell(c.carCommuters), c.carShare];
  // a top list ranks by car commuters: an area whose count is suppressed cannot be ranked
  const ranked = shown.filter((c) => c.carCommuters !== null && c.carCommuters > 0);
  const top = [...ranked].sort((a, b) => (b.carCommuters ?? 0) - (a.carCommuters ?? 0) || a.pc4.localeCompare(b.pc4)).slice(0, PC4_TOP);
  return {
    id: 'pc4',
    title: text(t, 'sectionPc4'),
    intro: [top.length > 0 ? text(t, 'sectionPc4Intro', { threshold, n: top.length, all: shown.length }) : text(t, 'sectionPc4IntroNone', { threshold, all: shown.length })],
    tables: [
      ...(top.length > 0 ? [{ id: 'pc4-top', title: text(t, 'pc4Top', { n: top.length }), columns, rows: top.map(row) }] : []),
      { id: 'pc4', title: text(t, 'pc4All'), columns, rows: shown.map(row), excelOnly: true },
    ],
  };
}

/** The scenario per distance band: cyclists now, extra cyclists at the Go Dutch and E-bike level, the car drivers among them, and PT. */
function scenarioSection(result: ScanResult, t: ReportTexts, lang: Lang): Section {
  const sc = result.overall.scenario;
  const row = (label: string, b: { commuters: Count; cyclistsNow: Count; goDutch: { extraCyclists: number; carDrivers: number }; ebike: { extraCyclists: number; carDrivers: number }; pt: { carDrivers: number } }): Cell[] => [
    label,
    countCell(b.commuters),
    countCell(b.cyclistsNow),
    b.goDutch.extraCyclists,
    b.ebike.extraCyclists,
    b.goDutch.carDrivers + b.ebike.carDrivers,
    b.pt.carDrivers,
  ];
  const atLevel = sc.byBand.filter((b) => b.atDutchLevel).map((b) => bandLabel(b.band, lang, text(t, 'bandUnknown')));
  const intro = [text(t, 'sectionScenarioIntro'), ...(atLevel.length > 0 ? [text(t, 'scenarioAtDutchLevel', { bands: atLevel.join(', ') })] : [])];
  return tableSection('scenario', text(t, 'sectionScenario'), intro, {
    columns: [
      { key: 'band', label: text(t, 'colBand'), format: 'text', width: 14 },
      { key: 'commuters', label: text(t, 'colCommuters'), format: 'int' },
      { key: 'cyclists', label: text(t, 'colCyclistsNow'), format: 'int' },
      { key: 'goDutch', label: text(t, 'colGoDutchExtra'), format: 'count', visual: 'dataBar' },
      { key: 'ebike', label: text(t, 'colEbikeExtra'), format: 'count' },
      { key: 'car', label: text(t, 'colScenarioCar'), format: 'count' },
      { key: 'pt', label: text(t, 'colPtCar'), format: 'count' },
    ],
    rows: sc.byBand.filter((b) => b.commuters !== 0).map((b) => row(bandLabel(b.band, lang, text(t, 'bandUnknown')), b)),
    totals: row(text(t, 'colTotal'), sc),
  });
}

/** Public transport and carpool: the good-train group, what the train estimate could do, and the carpool groups. */
function ptCarpoolSection(result: ScanResult, t: ReportTexts): Section {
  const o = result.overall;
  const p = result.carProfile;
  const pt = result.dataQuality.ptEstimate;
  const rows: Cell[][] = [
    [text(t, 'ptGood'), countCell(p.goodPt.carCommuters), null],
    [text(t, 'ptInReach'), countCell(o.inReach.pt.carCommuters), null],
    [text(t, 'ptScenario'), null, o.scenario.pt.extraUsers],
    [text(t, 'ptEstimated'), pt.estimated, null],
    [text(t, 'ptTransfer'), pt.withTransfer, null],
    [text(t, 'ptNoStations'), pt.noStations, null],
    [text(t, 'ptSameStation'), pt.sameStation, null],
    [text(t, 'ptTooFar'), pt.stationTooFar, null],
    [text(t, 'ptTooClose'), pt.stationsTooClose, null],
    [text(t, 'carpoolCandidates'), countCell(p.carpool.candidates), o.scenario.carpool.carDrivers],
    [text(t, 'carpoolGroups'), p.carpool.groups, null],
  ];
  return tableSection('pt-carpool', text(t, 'sectionPtCarpool'), [text(t, 'sectionPtCarpoolIntro'), text(t, 'ptBusNote')], {
    columns: [
      { key: 'what', label: text(t, 'colWhat'), format: 'text', width: 60 },
      { key: 'count', label: text(t, 'colCount'), format: 'int' },
      { key: 'expected', label: text(t, 'colExpectedShort'), format: 'count' },
    ],
    rows,
    ...(rows.some(hasDash) && { note: text(t, 'ptDashNote') }),
  });
}
