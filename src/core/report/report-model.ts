/**
 * The one report model that the Excel and the PDF writer both render. Everything a reader sees
 * is decided here: texts are already in the report's language, numbers are raw values with a
 * format, small groups are already suppressed. Writers lay out; they compute nothing.
 */

import type { Lang } from '../i18n/lang.js';
import type { AdviceGoalState } from './advice-goal-gap.js';

export type { Lang };

/** How a number is shown; writers map it to an Excel numFmt or an Intl format. */
export type ValueFormat =
  | 'text'
  | 'int' // 1.234
  | 'count' // people and trips: whole in text and PDF (1.234), one decimal in Excel (1.234,4)
  | 'decimal1' // 1.234,5
  | 'decimal2' // 1.234,56
  | 'pct' // a share 0..1 shown as 12,5% (a whole percentage without ',0': 10%)
  | 'year' // a number without separators: 2026
  | 'date'; // 'YYYY-MM-DD' string shown as 27-11-2026 (nl) or 27 Nov 2026 (en)

/** A cell: text, a number, null (not available, shown as a dash) or a suppressed small group. */
export type Cell = string | number | null | { suppressed: true };

/** Status of a goal: met and on-track (bluish green), behind (orange), no-data (grey); always shown with its word. */
export type GoalStatus = 'met' | 'on-track' | 'behind' | 'no-data';

export interface Column {
  key: string;
  label: string;
  format: ValueFormat;
  /** A visual aid where it helps: a data bar over the column, or a traffic light from a GoalStatus text column. */
  visual?: 'dataBar' | 'traffic';
  /** Suggested width in characters (Excel); PDF scales it. */
  width?: number;
  /** Detail for the workbook only: the PDF leaves the column out so that its table stays readable. */
  excelOnly?: boolean;
}

export interface Table {
  id: string;
  title: string;
  columns: Column[];
  rows: Cell[][];
  /** An optional totals row, rendered bold. */
  totals?: Cell[];
  /** A note under the table (source, caveat). */
  note?: string;
  /** A long reference list for the workbook only; the PDF shows a shorter table beside it. */
  excelOnly?: boolean;
}

/** One part of the report: an Excel sheet, a PDF section. */
export interface Section {
  id: string;
  /** Sheet name (max 31 characters) and PDF heading. */
  title: string;
  /** Paragraphs before the tables. */
  intro: string[];
  tables: Table[];
}

export interface KeyFigure {
  label: string;
  value: number | null;
  format: ValueFormat;
  /** A short line under the figure ("of 2.940 employees"). */
  note?: string;
  status?: GoalStatus;
}

export interface GoalLine {
  label: string;
  /** "10% fewer peak car trips", "-50% CO2 in 2030 against 2016". */
  target: string;
  status: GoalStatus;
  /** The status in words ("met", "behind"). */
  statusText: string;
  /** One sentence with the numbers ("180 of 1.800 peak trips avoided (10,0%): goal met"). */
  phrase: string;
}

export interface Chart {
  id: string;
  title: string;
  kind: 'stackedBar' | 'bar' | 'line';
  /** X axis categories (bands, modes, periods, years). */
  categories: string[];
  /** What the categories are ('Jaar', 'Periode'): the first column's header in the workbook's chart data. */
  xLabel?: string;
  series: {
    name: string;
    values: (number | null)[];
    /** 'goal' and 'trajectory' are drawn as dashed reference lines. */
    role?: 'data' | 'goal' | 'trajectory';
    /** The travel mode the series stands for: it picks the series' colour, the same in every chart and language. */
    key?: string;
  }[];
  yLabel: string;
  yFormat: ValueFormat;
  note?: string;
  /** The chart in words for a screen reader (the PDF's alternative text). */
  alt?: string;
  /** Dates to mark on a line chart's x axis ('start of a measure'), by category index. */
  markers?: { index: number; label: string }[];
  /**
   * The chart in one sentence, set when it has too little to draw (no figures, or one point): the
   * PDF shows this instead of a chart, the workbook still lists the figures.
   */
  sentence?: string;
}

export interface MapCell {
  pc4: string;
  lat: number;
  lon: number;
  employees: number;
  /** Car commuters living in the area (0 or at least the suppression threshold); null when the split of the area's employees is hidden to protect a small group. */
  carCommuters: number | null;
  /** Share of car commuters 0..1; null when hidden like `carCommuters`. */
  carShare: number | null;
}

/** A named point on the map. */
export interface MapPoint {
  name: string;
  lat: number;
  lon: number;
}

export interface MapModel {
  title: string;
  /** The member's locations; the writer draws each as a marker with its name. */
  locations: MapPoint[];
  /** Reach in km drawn as one outline per radius around all locations together (7.5: bike, 15: e-bike). */
  ringsKm: number[];
  /** How far from a location the map reaches; cells farther out are counted as not shown. */
  reachKm: number;
  /** PC4 aggregates within reach; suppressed areas are left out. */
  cells: MapCell[];
  /** Stations near the locations, nearest first, with names as a reader knows them. */
  stations: MapPoint[];
  /** Places for orientation, most populous first; the writer names those that fit. */
  places: MapPoint[];
  /** Car commuter counts for the circle-size legend, largest first; none below the suppression threshold. */
  sizeSteps: number[];
  legend: { carCommuters: string; carShare: string; other: string; rings: string[]; station: string; location: string; noData: string; splitHidden: string; numbered: string };
  /** "On the map: 2.410 of the 3.002 employees." */
  shownNote: string;
  /** "Not on the map: ..." with the reasons, or '' when everyone is on the map. */
  notShownNote: string;
  /** The map described in words for readers who cannot see it (the PDF's alternative text). */
  alt: string;
  attribution: string;
}

export interface AdviceItem {
  rank: number;
  id: string;
  title: string;
  summary: string;
  /** Plain-language explanation with the numbers that triggered the measure. */
  explanation: string;
  groupLabel: string;
  groupSize: number;
  participants: number;
  avoidancesPerDay: number;
  co2TonnesPerYear: number;
  /** Share 0..1 of the remaining gap to the goal this measure closes, when a goal is known. */
  shareOfPeakGap: number | null;
  shareOfCo2Gap: number | null;
  evidence: 'measured' | 'indicative' | 'thin';
  /** Set when the evidence is thin: say so plainly. */
  evidenceWarning?: string;
  /** A measure that runs for a while: its effect during that time (avoidancesPerDay is what lasts). */
  oneOff?: { workingDays: number; avoidancesPerDayDuring: number; avoidancesDuring: number };
  cost: string;
  source: string;
}

/** A measure the company already runs: not advised again, with what the counts show since. */
export interface RunningMeasureItem {
  title: string;
  /** 'YYYY-MM-DD'. */
  startDate: string;
  /** "Loopt sinds 01-04-2025. De tellingen: ..." */
  text: string;
}

/** The top measures combined without double counting; shown beside the list, which must not be added up. */
export interface AdvicePackageItem {
  titles: string[];
  participants: number;
  avoidancesPerDay: number;
  co2TonnesPerYear: number;
  shareOfPeakTrips: number | null;
  text: string;
}

/** The fixed words of a report (headings, column names, status and evidence words). */
export interface ReportLabels {
  summary: string;
  keyFigures: string;
  goals: string;
  charts: string;
  map: string;
  advice: string;
  method: string;
  contents: string;
  /** 'pagina' and 'van' of 'pagina 3 van 12'. */
  page: string;
  of: string;
  /** Shown in the PDF for a suppressed group ('<5'); Excel leaves the cell empty with a note. */
  suppressed: string;
  /** The note on a table or sheet with suppressed cells. */
  suppressedNote: string;
  notAvailable: string;
  confidentialityNote: string;
  generatedBy: string;
  evidence: string;
  cost: string;
  group: string;
  participants: string;
  avoidancesPerDay: string;
  co2TonnesPerYear: string;
  shareOfGap: string;
  /** The goal each share of the gap belongs to ('spits', 'CO2'). */
  peakGap: string;
  co2Gap: string;
  /** Said instead of a share of the gap when that goal is already met ('doel gehaald'). */
  goalMet: string;
  /** Said instead of a share of the gap when no such goal is set ('geen doel'). */
  adviceNoGoal: string;
  /** Said instead of a share of the peak gap when the goal has no baseline yet ('nog geen nulmeting'). */
  adviceNoBaseline: string;
  rank: string;
  measure: string;
  measureSummary: string;
  groupSize: string;
  evidenceWarning: string;
  explanation: string;
  source: string;
  attributions: string;
  notes: string;
  /** Headings of the advice page's combined effect and of the measures already running. */
  advicePackage: string;
  adviceRunning: string;
  /** The column of the chart-data sheet that names the measures started in a period. */
  chartMarkers: string;
  /** One word per evidence level, the same in the PDF and the workbook. */
  evidenceWords: Record<AdviceItem['evidence'], string>;
  /** One word per goal status ('gehaald', 'achter'). */
  statusWords: Record<GoalStatus, string>;
}

/** The first content page: where the member stands, the biggest lever, the top actions and the next step. */
export interface SummaryModel {
  title: string;
  /** Short statements, each with a lead word ('Waar u staat', 'Volgende stap') and one or two sentences. */
  points: { label: string; text: string }[];
  /** The top measures with their effect; the combined effect (no double counting) as the totals row. */
  actions: Table | null;
  /** The scan's estimate and the count side by side. */
  comparison: Table | null;
  /** Why the estimate and the count differ, in one line. */
  comparisonNote: string | null;
}

export interface ReportModel {
  schema: 'mobiscan/report@1';
  lang: Lang;
  kind: 'company' | 'alliance';
  /** Base of the output file names ('asz-2026-11-27'). */
  fileBase: string;
  title: string;
  subtitle: string;
  /** 'YYYY-MM-DD'. */
  generatedOn: string;
  /** Every fixed word the writers need, in the report's language: the writers keep none of their own. */
  labels: ReportLabels;
  /** The summary page; null for a report without one (the alliance report keeps its own first page). */
  summary?: SummaryModel | null;
  keyFigures: KeyFigure[];
  goals: GoalLine[];
  charts: Chart[];
  map: MapModel | null;
  advice: AdviceItem[];
  /** Per goal whether the advice's share of the gap has a goal to close, or the goal is already met (company reports). */
  adviceGoals?: { peak: AdviceGoalState; co2: AdviceGoalState };
  /** Measures already running at the company (company reports). */
  runningMeasures?: RunningMeasureItem[];
  /** The combined effect of the top measures (company reports with two or more measures). */
  advicePackage?: AdvicePackageItem | null;
  /** Data tables in reading order; each becomes a sheet and a PDF section. */
  sections: Section[];
  method: {
    intro: string[];
    /** The method in plain words (what was computed, from which data, with which public sources): the PDF's method pages. */
    parts?: { title: string; paragraphs: string[] }[];
    /** Every setting with its value, unit and source: in the workbook only. */
    settings: Table;
    dataQuality: Table;
    attributions: string[];
    notes: string[];
  };
}
