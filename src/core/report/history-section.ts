import type { ComparedFigure, FigureComparison } from '../scan/scan-headline.js';
import { formatDate } from './format-value.js';
import type { Lang, Section, ValueFormat } from './report-model.js';
import { text, type ReportTexts } from './report-texts.js';
import { tableSection } from './table-section.js';

/** Two scans of a member compared figure by figure (the earlier export first), for the report. */
export interface ScanHistory {
  beforeExportDate: string;
  afterExportDate: string;
  figures: FigureComparison[];
}

const ROWS: Record<ComparedFigure, { key: string; format: ValueFormat; scale: number }> = {
  employees: { key: 'histEmployees', format: 'int', scale: 1 },
  carShare: { key: 'histCarShare', format: 'pct', scale: 1 },
  expectedSwitchers: { key: 'histExpectedSwitchers', format: 'int', scale: 1 },
  peakCarTripsPerDay: { key: 'histPeakCarTripsPerDay', format: 'int', scale: 1 },
  avoidablePeakTripsPerDay: { key: 'histAvoidablePeakTripsPerDay', format: 'int', scale: 1 },
  co2KgPerYear: { key: 'histCo2TonnesPerYear', format: 'decimal1', scale: 1 / 1000 },
};

/**
 * The section comparing the latest scan with the previous one, present only when a member has
 * more than one scan. Each figure is a row with its own format, so the value columns are text
 * formatted here (a share and a head count cannot share one column format).
 */
export function historySection(history: ScanHistory, t: ReportTexts, lang: Lang, format: (value: number, f: ValueFormat) => string): Section {
  const before = formatDate(history.beforeExportDate, lang);
  const after = formatDate(history.afterExportDate, lang);
  const cell = (value: number | null, f: ValueFormat, scale: number, signed = false) => {
    if (value === null) return null;
    const shown = format(value * scale, f);
    return signed && value > 0 ? `+${shown}` : shown;
  };
  return tableSection('history', text(t, 'sectionHistory'), [text(t, 'sectionHistoryIntro', { before, after })], {
    columns: [
      { key: 'figure', label: text(t, 'histColFigure'), format: 'text', width: 40 },
      { key: 'before', label: before, format: 'text' },
      { key: 'after', label: after, format: 'text' },
      { key: 'change', label: text(t, 'histColChange'), format: 'text' },
    ],
    rows: history.figures.map((f) => {
      const row = ROWS[f.figure];
      return [text(t, row.key), cell(f.before, row.format, row.scale), cell(f.after, row.format, row.scale), cell(f.change, row.format, row.scale, true)];
    }),
  });
}
