import type { PeakPeriodRow, PeakProgress } from '../../core/track/peak-progress.js';
import { formatMessage, translator, type Lang } from '../../core/i18n/index.js';
import { type Align, renderTable } from '../../core/format/table.js';
import { MIN_MEASURED_SHARE } from '../../core/track/summarise-period.js';
import { goalMessages } from './goal-messages.js';
import { peakTableMessages } from './peak-table-messages.js';
import { formatPeriod } from '../../core/format/format-period.js';

const dash = '-';
const num = (v: number | null, lang: Lang) => (v === null ? dash : formatMessage(lang, '{v, number, ::.0}', { v }));
const int = (v: number, lang: Lang) => formatMessage(lang, '{v, number}', { v: Math.round(v) });
const pct = (v: number | null, lang: Lang) => (v === null ? dash : formatMessage(lang, '{v, number, ::percent .0}', { v }));

interface Column {
  header: string;
  align: Align;
  cell: (p: PeakPeriodRow) => string;
}

const provisionalMark = (p: PeakPeriodRow): boolean => !p.flagged && p.provisional && !p.inBaseline && p.daysWithData > 0;

// A per-head figure says something only when the headcount moved, or when the goal counts per employee.
function perHeadMatters(peak: PeakProgress): boolean {
  if (peak.goal?.basis === 'per-employee') return true;
  const headcounts = new Set([peak.baseline?.headcount ?? null, ...peak.periods.map((p) => p.headcount)].filter((h) => h !== null));
  return headcounts.size > 1;
}

/**
 * The peak tables of `track show`, in 80 columns without cut words: the counted car trips per
 * period; the same per employee when the headcount moved (or the goal counts per employee); and
 * the registered avoided trips apart, because they are a separate source never added to the counts.
 */
export function renderPeakTables(peak: PeakProgress, lang: Lang): string[] {
  const t = translator(peakTableMessages, lang);
  const lines: string[] = [];
  const counted = peak.periods.filter((p) => p.daysWithData > 0);
  if (counted.length > 0) {
    const columns: Column[] = [
      { header: t('period'), align: 'left', cell: (p) => `${formatPeriod(p.label, lang)}${p.inBaseline ? ` ${t('inBaseline')}` : ''}` },
      { header: t('days'), align: 'right', cell: (p) => `${p.daysWithData}/${p.workingDays}${p.flagged ? ' !' : provisionalMark(p) ? ' ~' : ''}` },
      { header: t('morning'), align: 'right', cell: (p) => num(p.morningPerDay, lang) },
      { header: t('evening'), align: 'right', cell: (p) => num(p.eveningPerDay, lang) },
      { header: t('total'), align: 'right', cell: (p) => num(p.totalPerDay, lang) },
      { header: t('avoided'), align: 'right', cell: (p) => (p.inBaseline ? dash : num(p.avoidedPerDay, lang)) },
      { header: t('share'), align: 'right', cell: (p) => (p.inBaseline ? dash : pct(p.share, lang)) },
    ];
    const table = renderTable(columns.map((c) => c.header), counted.map((p) => columns.map((c) => c.cell(p))), columns.map((c) => c.align));
    lines.push('', t('countsTitle'), table);
    if (counted.some((p) => p.flagged)) lines.push(t('flaggedLegend'));
    if (counted.some(provisionalMark)) lines.push(translator(goalMessages, lang)('provisionalLegend', { min: MIN_MEASURED_SHARE.value }));
    if (perHeadMatters(peak)) {
      const rows = counted.map((p) => [formatPeriod(p.label, lang), p.headcount === null ? dash : int(p.headcount, lang), num(p.tripsPer100Employees, lang), p.inBaseline ? dash : pct(p.sharePerHead, lang)]);
      lines.push('', t('perHeadTitle'), renderTable([t('period'), t('headcount'), t('per100'), t('sharePerHead')], rows, ['left', 'right', 'right', 'right']));
    }
  }
  const registered = peak.periods.filter((p) => p.registrations.total > 0);
  if (registered.length > 0) {
    const rows = registered.map((p) => [formatPeriod(p.label, lang), num(p.registrations.perWorkingDay, lang), pct(p.registrations.shareOfBaseline, lang)]);
    lines.push('', t('registeredTitle'), renderTable([t('period'), t('registeredPerDay'), t('registeredShare')], rows, ['left', 'right', 'right']), t('registeredNote'));
  }
  return lines;
}
