import type { StoredBaseline } from '../../adapters/store/tracking-types.js';
import { InputError, UsageError } from '../../core/errors.js';
import { measuredBaseline, typedBaseline } from '../../core/track/peak-avoidances.js';
import { summarisePeriod } from '../../core/track/summarise-period.js';
import { formatIsoDate } from '../../core/format/format-date.js';
import { messageLang, text, translator, type Lang } from '../../core/i18n/index.js';
import { trackMessages } from './track-messages.js';
import type { CommandContext } from '../command-context.js';
import { useWorkspace } from '../workspace/use-workspace.js';
import { dateFlag, numberFlag } from './parse-flags.js';
import { requireCompanyFlag } from './track-import.js';

/** Flags of `track baseline`. */
export interface TrackBaselineFlags {
  workspace?: string;
  company?: string;
  from?: string;
  to?: string;
  morning?: string;
  evening?: string;
  headcount?: string;
}

/** "1.800,0 peak car trips per working day (morning 1.000,0, evening 800,0), measured 2025-09-01 to 2025-11-30". */
export function describeBaseline(b: StoredBaseline, lang: Lang = messageLang()): string {
  const measured = b.source === 'measured';
  return translator(trackMessages, lang)('baselineText', {
    total: b.totalPerDay, morning: b.morningPerDay, evening: b.eveningPerDay, source: b.source,
    from: measured && b.from ? formatIsoDate(b.from, lang) : '', to: measured && b.to ? formatIsoDate(b.to, lang) : '',
    days: measured ? b.daysWithData ?? 0 : 0, workingDays: measured ? b.workingDays ?? 0 : 0,
    headcount: b.headcount === null ? 'none' : String(b.headcount), flagged: measured && b.flagged ? 'yes' : 'no',
  });
}

/** `track baseline`: set the baseline from stored counts over a period, or typed; without values, show it. */
export async function runTrackBaseline(ctx: CommandContext, flags: TrackBaselineFlags): Promise<void> {
  const companyId = requireCompanyFlag(flags.company, 'track baseline');
  const lang = ctx.lang ?? messageLang();
  const t = translator(trackMessages, lang);
  const from = dateFlag(flags.from, '--from');
  const to = dateFlag(flags.to, '--to');
  const morning = numberFlag(flags.morning, '--morning');
  const evening = numberFlag(flags.evening, '--evening');
  const headcount = numberFlag(flags.headcount, '--headcount', { integer: true, positive: true }) ?? null;
  const typed = morning !== undefined || evening !== undefined;
  const measured = from !== undefined || to !== undefined;
  if (typed && measured) throw new UsageError(text(trackMessages, 'baselineEither'));
  if (typed && (morning === undefined || evening === undefined)) throw new UsageError(text(trackMessages, 'baselineBoth'));
  if (measured && (from === undefined || to === undefined || to < from)) throw new UsageError(text(trackMessages, 'baselinePeriod'));
  await useWorkspace(ctx, flags.workspace, (ws) => {
    ws.companies.require(companyId, '--company');
    if (!typed && !measured) {
      const current = ws.tracking.baseline(companyId);
      ctx.out.result({ baseline: current ?? null }, () => (current ? t('baselineShow', { company: companyId, baseline: describeBaseline(current, lang) }) : t('baselineNone', { company: companyId })));
      return;
    }
    let saved: StoredBaseline;
    if (typed) {
      saved = ws.tracking.setBaseline(companyId, typedBaseline(morning!, evening!), { headcount });
    } else {
      const summary = summarisePeriod(ws.tracking.dailyCounts(companyId), { from: from!, to: to! });
      const baseline = measuredBaseline(summary);
      if (!baseline) throw new InputError(text(trackMessages, 'baselineNoCounts', { company: companyId, from: formatIsoDate(from!, lang), to: formatIsoDate(to!, lang) }), text(trackMessages, 'baselineNoCountsHint'));
      saved = ws.tracking.setBaseline(companyId, baseline, { headcount, workingDays: summary.workingDays, daysWithData: summary.daysWithData });
      if (summary.flagged) ctx.out.warn(t('baselineFewDays', { days: summary.daysWithData }));
    }
    ctx.out.result({ baseline: saved }, () => t('baselineSet', { company: companyId, baseline: describeBaseline(saved, lang) }));
  });
}

/** `track headcount`: the headcount valid from a date on, for per-employee figures. */
export async function runTrackHeadcount(ctx: CommandContext, flags: { workspace?: string; company?: string; from?: string; headcount?: string }): Promise<void> {
  const companyId = requireCompanyFlag(flags.company, 'track headcount');
  const lang = ctx.lang ?? messageLang();
  const t = translator(trackMessages, lang);
  const fromDate = dateFlag(flags.from, '--from');
  const headcount = numberFlag(flags.headcount, '--headcount', { integer: true, positive: true });
  await useWorkspace(ctx, flags.workspace, (ws) => {
    ws.companies.require(companyId, '--company');
    if (fromDate !== undefined && headcount !== undefined) ws.tracking.setHeadcount(companyId, { fromDate, headcount });
    else if (fromDate !== undefined || headcount !== undefined) throw new UsageError(text(trackMessages, 'headcountBoth'));
    const headcounts = ws.tracking.headcounts(companyId);
    ctx.out.result({ headcounts }, () =>
      headcounts.length === 0 ? t('headcountNone', { company: companyId }) : headcounts.map((h) => t('headcountLine', { date: formatIsoDate(h.fromDate, lang), n: h.headcount })).join('\n'),
    );
  });
}
