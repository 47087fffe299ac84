import type { ScanRecord } from '../../adapters/store/workspace.js';
import { InputError, UsageError } from '../../core/errors.js';
import { formatIsoDate } from '../../core/format/format-date.js';
import { renderTable } from '../../core/format/table.js';
import { DEFAULT_LANG, formatMessage, translator, type Lang } from '../../core/i18n/index.js';
import { compareHeadlines, scanHeadline, type ComparedFigure, type FigureComparison, type ScanHeadline } from '../../core/scan/scan-headline.js';
import type { CommandContext } from '../command-context.js';
import { requireCompanyFlag } from '../tracking/track-import.js';
import { confirmChange, recordId } from '../undo/confirm-change.js';
import { undoMessages } from '../undo/undo-messages.js';
import { useWorkspace } from '../workspace/use-workspace.js';
import { historyMessages } from './history-messages.js';

/** Flags of `scan list`, `scan remove` and `scan compare`. */
export interface ScanHistoryFlags {
  workspace?: string;
  company?: string;
  yes?: boolean;
}

/** One saved scan as the history lists it: where it came from and its headline figures. */
export interface ScanListEntry {
  id: number;
  exportDate: string;
  scannedAt: string;
  /** The first 12 characters of the export's SHA-256: tells two exports of one date apart. */
  fileHash: string;
  headline: ScanHeadline | null;
}

const entry = (s: ScanRecord): ScanListEntry => ({ id: s.id, exportDate: s.exportDate, scannedAt: s.scannedAt, fileHash: s.contentHash.slice(0, 12), headline: scanHeadline(s.result) });
const num = (lang: Lang, value: number, pattern = '{v, number, ::.}') => formatMessage(lang, pattern, { v: value });
const pct = (lang: Lang, share: number | null) => (share === null ? '' : formatMessage(lang, '{v, number, ::percent .0}', { v: share }));

/** `scan list -c X`: a member's scans, newest export first, with their headline figures. */
export async function runScanList(ctx: CommandContext, flags: ScanHistoryFlags): Promise<void> {
  const companyId = requireCompanyFlag(flags.company, 'scan list');
  const lang = ctx.lang ?? DEFAULT_LANG;
  const t = translator(historyMessages, lang);
  await useWorkspace(ctx, flags.workspace, (ws) => {
    ws.companies.require(companyId, '--company');
    const scans = ws.scans.list(companyId).map(entry);
    ctx.out.result({ company: companyId, scans }, () => {
      if (scans.length === 0) return t('listEmpty', { company: companyId });
      const rows = scans.map((s) => {
        const h = s.headline;
        const figures = h === null ? [t('unreadable'), '', '', '', ''] : [
          num(lang, h.employees), pct(lang, h.carShare), num(lang, h.expectedSwitchers), num(lang, h.peakCarTripsPerDay), num(lang, h.co2KgPerYear / 1000, '{v, number, ::.#}'),
        ];
        return [String(s.id), formatIsoDate(s.exportDate, lang), s.fileHash.slice(0, 8), ...figures];
      });
      const table = renderTable(t('listHeader').split('|'), rows, ['right', 'left', 'left', 'right', 'right', 'right', 'right', 'right']);
      return [t('listTitle', { company: companyId }), table, t('listLegend')].join('\n');
    });
  });
}

/** `scan remove ID -c X`: removes one saved scan after confirmation (or --yes). */
export async function runScanRemove(ctx: CommandContext, idArg: string, flags: ScanHistoryFlags): Promise<void> {
  const companyId = requireCompanyFlag(flags.company, 'scan remove');
  const id = recordId(idArg, 'scan', ctx);
  const lang = ctx.lang ?? DEFAULT_LANG;
  const t = translator(undoMessages, lang);
  await useWorkspace(ctx, flags.workspace, async (ws) => {
    ws.companies.require(companyId, '--company');
    const scan = ws.scans.get(companyId, id);
    if (!scan) throw new InputError(t('scanUnknown', { company: companyId, id }), t('scanUnknownHint', { company: companyId }));
    const what = t('scanWhat', { id, company: companyId, date: formatIsoDate(scan.exportDate, lang), employees: scan.employees });
    if (!(await confirmChange(ctx, what, flags))) return ctx.out.result({ removed: null }, () => t('cancelled'));
    const removed = ws.scans.remove(companyId, id)!;
    ctx.out.result({ removed: entry(removed) }, () => t('scanRemoved', { what }));
  });
}

/** Two scans compared: which, and figure by figure. */
export interface ScanComparison {
  company: string;
  before: ScanListEntry;
  after: ScanListEntry;
  figures: FigureComparison[];
}

/** Compares two stored scans (the earlier export first); null when either cannot be read. */
export function compareScans(company: string, a: ScanRecord, b: ScanRecord): ScanComparison | null {
  const [before, after] = [a, b].sort((x, y) => x.exportDate.localeCompare(y.exportDate) || x.id - y.id).map(entry) as [ScanListEntry, ScanListEntry];
  if (before.headline === null || after.headline === null) return null;
  return { company, before, after, figures: compareHeadlines(before.headline, after.headline) };
}

/** Renders one figure's value: whole people and trips, a share in percent, CO2 in tonnes. */
function figureValue(lang: Lang, figure: ComparedFigure, value: number | null, signed = false): string {
  if (value === null) return '';
  const sign = signed && value > 0 ? '+' : '';
  if (figure === 'carShare') return sign + formatMessage(lang, '{v, number, ::.0}', { v: value * 100 }) + (signed ? ' pp' : '%');
  if (figure === 'co2KgPerYear') return sign + formatMessage(lang, '{v, number, ::.#}', { v: value / 1000 });
  return sign + num(lang, value);
}

/** The comparison as a terminal table. */
export function renderScanComparison(c: ScanComparison, lang: Lang): string {
  const t = translator(historyMessages, lang);
  const beforeDate = formatIsoDate(c.before.exportDate, lang);
  const afterDate = formatIsoDate(c.after.exportDate, lang);
  const rows = c.figures.map((f) => [t(`figure_${f.figure}`), figureValue(lang, f.figure, f.before), figureValue(lang, f.figure, f.after), figureValue(lang, f.figure, f.change, true)]);
  return [
    t('compareTitle', { company: c.company, before: c.before.id, after: c.after.id, beforeDate, afterDate }),
    renderTable(t('compareHeader', { beforeDate, afterDate }).split('|'), rows, ['left', 'right', 'right', 'right']),
  ].join('\n');
}

/** `scan compare -c X [ID ID]`: two scans figure by figure; without ids the two newest exports. */
export async function runScanCompare(ctx: CommandContext, ids: string[], flags: ScanHistoryFlags): Promise<void> {
  const companyId = requireCompanyFlag(flags.company, 'scan compare');
  const lang = ctx.lang ?? DEFAULT_LANG;
  const t = translator(historyMessages, lang);
  const u = translator(undoMessages, lang);
  if (ids.length !== 0 && ids.length !== 2) throw new UsageError(t('compareSame'));
  const wanted = ids.map((id) => recordId(id, 'scan', ctx));
  if (wanted.length === 2 && wanted[0] === wanted[1]) throw new UsageError(t('compareSame'));
  await useWorkspace(ctx, flags.workspace, (ws) => {
    ws.companies.require(companyId, '--company');
    let pair: ScanRecord[];
    if (wanted.length === 2) {
      pair = wanted.map((id) => {
        const scan = ws.scans.get(companyId, id);
        if (!scan) throw new InputError(u('scanUnknown', { company: companyId, id }), u('scanUnknownHint', { company: companyId }));
        return scan;
      });
    } else {
      const all = ws.scans.list(companyId);
      if (all.length < 2) throw new InputError(t('compareNeedsTwo', { company: companyId, n: all.length }), t('compareNeedsTwoHint', { company: companyId }));
      pair = all.slice(0, 2);
    }
    const comparison = compareScans(companyId, pair[0]!, pair[1]!);
    if (comparison === null) {
      const bad = pair.find((s) => scanHeadline(s.result) === null)!;
      throw new InputError(t('compareUnreadable', { id: bad.id }), t('compareUnreadableHint'));
    }
    ctx.out.result(comparison, () => renderScanComparison(comparison, lang));
  });
}
