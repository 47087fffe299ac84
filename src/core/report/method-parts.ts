import type { ScanResult } from '../scan/scan-result.js';
import type { PeakProgress } from '../track/peak-progress.js';
import { formatDate, formatValue } from './format-value.js';
import type { Lang } from './report-model.js';
import { bandLabel, text, type ReportTexts } from './report-texts.js';

/** A setting's value from the scan's method block, or undefined. */
function setting<T>(result: ScanResult, path: string): T | undefined {
  return result.method.settings.find((s) => s.setting === path)?.value as T | undefined;
}

function decimal(n: number | undefined, lang: Lang): string {
  return n === undefined ? '–' : new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 2 }).format(n);
}

/**
 * The method in plain words for the PDF, one or two pages: what was computed, from which data and
 * with which public sources. Numbers come from the scan's own settings, so the text always says
 * what was used; the full settings table is in the workbook.
 */
export function methodParts(result: ScanResult, exportDate: string, peak: PeakProgress | null, t: ReportTexts): { title: string; paragraphs: string[] }[] {
  const lang = t.lang;
  const dq = result.dataQuality;
  const bands = setting<{ id: string }[]>(result, 'bands') ?? [];
  const morning = setting<{ start: string; end: string }>(result, 'peak.morning');
  const evening = setting<{ start: string; end: string }>(result, 'peak.evening');
  const placed = dq.precision.pc6 + dq.precision.pc4;
  const computed = [
    text(t, 'mDistance', { bike: decimal(setting<number>(result, 'detourFactor.bike'), lang), car: decimal(setting<number>(result, 'detourFactor.car'), lang) }),
    text(t, 'mBands', { bands: bands.map((b) => bandLabel(b.id, lang, '')).join(', ') }),
    text(t, 'mSwitchers'),
    text(t, 'mPeak', {
      morning: morning ? `${morning.start}-${morning.end}` : '–',
      evening: evening ? `${evening.start}-${evening.end}` : '–',
      days: setting<number>(result, 'commuting.daysPerYearFullWeek') ?? 214,
      year: String(result.method.year),
      workingDays: result.method.workingDaysPerYear,
      presence: formatValue(result.method.fullTimerTripsPerWorkingDay, 'pct', lang),
    }),
    text(t, 'mCo2', { basis: text(t, result.method.co2Basis === 'ttw' ? 'basisTtw' : 'basisWtw') }),
    ...(dq.modeRules.estimated > 0 ? [text(t, 'mModesEstimated', { n: formatValue(dq.modeRules.estimated, 'int', lang) })] : []),
  ];
  const data = [
    text(t, 'mData', {
      date: formatDate(exportDate, lang),
      rows: formatValue(dq.rowsRead, 'int', lang),
      used: formatValue(dq.rowsUsed, 'int', lang),
      rejected: formatValue(dq.rowsRejected, 'int', lang),
    }),
    text(t, 'mPlaced', { placed: formatValue(placed, 'int', lang), place: formatValue(dq.precision.place, 'int', lang), none: formatValue(dq.precision['distance-only'] + dq.precision.none, 'int', lang) }),
    ...(peak?.baseline?.source === 'measured'
      ? [text(t, 'mCounts', { from: formatDate(peak.baseline.from, lang), to: formatDate(peak.baseline.to, lang), baseline: formatValue(peak.baseline.totalPerDay, 'count', lang) })]
      : peak?.baseline
        ? [text(t, 'mCountsTyped', { baseline: formatValue(peak.baseline.totalPerDay, 'count', lang) })]
        : []),
    text(t, 'mPrivacy', { threshold: result.suppression?.threshold ?? 5 }),
  ];
  return [
    { title: text(t, 'mComputedTitle'), paragraphs: computed },
    { title: text(t, 'mDataTitle'), paragraphs: data },
    { title: text(t, 'mSourcesTitle'), paragraphs: [text(t, 'mSources')] },
    { title: text(t, 'mLimitsTitle'), paragraphs: [text(t, 'mLimits')] },
  ];
}
