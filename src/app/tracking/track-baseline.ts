import type { StoredBaseline } from '../../adapters/store/tracking-types.js';
import { InputError, UsageError } from '../../core/errors.js';
import { measuredBaseline, typedBaseline } from '../../core/track/peak-avoidances.js';
import { summarisePeriod } from '../../core/track/summarise-period.js';
import { formatDecimal } from '../../core/format/format-nl.js';
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
export function describeBaseline(b: StoredBaseline): string {
  const per = `${formatDecimal(b.totalPerDay)} peak car trips per working day (morning ${formatDecimal(b.morningPerDay)}, evening ${formatDecimal(b.eveningPerDay)})`;
  const where = b.source === 'measured' ? `measured ${b.from} to ${b.to} on ${b.daysWithData} of ${b.workingDays} working days` : 'typed in';
  const flag = b.source === 'measured' && b.flagged ? '; FLAGGED: too few working days with data' : '';
  return `${per}, ${where}${b.headcount === null ? '' : `, headcount ${b.headcount}`}${flag}`;
}

/** `track baseline`: set the baseline from stored counts over a period, or typed; without values, show it. */
export async function runTrackBaseline(ctx: CommandContext, flags: TrackBaselineFlags): Promise<void> {
  const companyId = requireCompanyFlag(flags.company, 'track baseline');
  const from = dateFlag(flags.from, '--from');
  const to = dateFlag(flags.to, '--to');
  const morning = numberFlag(flags.morning, '--morning');
  const evening = numberFlag(flags.evening, '--evening');
  const headcount = numberFlag(flags.headcount, '--headcount', { integer: true, positive: true }) ?? null;
  const typed = morning !== undefined || evening !== undefined;
  const measured = from !== undefined || to !== undefined;
  if (typed && measured) throw new UsageError('track baseline: pass either --from and --to, or --morning and --evening');
  if (typed && (morning === undefined || evening === undefined)) throw new UsageError('track baseline: a typed baseline needs both --morning and --evening');
  if (measured && (from === undefined || to === undefined || to < from)) throw new UsageError('track baseline: pass --from and --to, with --to on or after --from');
  await useWorkspace(ctx, flags.workspace, (ws) => {
    ws.companies.require(companyId, '--company');
    if (!typed && !measured) {
      const current = ws.tracking.baseline(companyId);
      ctx.out.result({ baseline: current ?? null }, () => (current ? `baseline of ${companyId}: ${describeBaseline(current)}` : `no baseline for ${companyId} yet`));
      return;
    }
    let saved: StoredBaseline;
    if (typed) {
      saved = ws.tracking.setBaseline(companyId, typedBaseline(morning!, evening!), { headcount });
    } else {
      const summary = summarisePeriod(ws.tracking.dailyCounts(companyId), { from: from!, to: to! });
      const baseline = measuredBaseline(summary);
      if (!baseline) throw new InputError(`no peak counts for ${companyId} between ${from} and ${to}`, 'import a parking log or daily counts first with `mobiscan track import`');
      saved = ws.tracking.setBaseline(companyId, baseline, { headcount, workingDays: summary.workingDays, daysWithData: summary.daysWithData });
      if (summary.flagged) ctx.out.warn(`the baseline rests on ${summary.daysWithData} working days with data; that is too few to be reliable (flagged, not hidden)`);
    }
    ctx.out.result({ baseline: saved }, () => `baseline of ${companyId} set: ${describeBaseline(saved)}`);
  });
}

/** `track headcount`: the headcount valid from a date on, for per-employee figures. */
export async function runTrackHeadcount(ctx: CommandContext, flags: { workspace?: string; company?: string; from?: string; headcount?: string }): Promise<void> {
  const companyId = requireCompanyFlag(flags.company, 'track headcount');
  const fromDate = dateFlag(flags.from, '--from');
  const headcount = numberFlag(flags.headcount, '--headcount', { integer: true, positive: true });
  await useWorkspace(ctx, flags.workspace, (ws) => {
    ws.companies.require(companyId, '--company');
    if (fromDate !== undefined && headcount !== undefined) ws.tracking.setHeadcount(companyId, { fromDate, headcount });
    else if (fromDate !== undefined || headcount !== undefined) throw new UsageError('track headcount: pass both --from and --headcount (or neither, to list)');
    const headcounts = ws.tracking.headcounts(companyId);
    ctx.out.result({ headcounts }, () =>
      headcounts.length === 0 ? `no headcounts for ${companyId} yet` : headcounts.map((h) => `from ${h.fromDate}: ${h.headcount} employees`).join('\n'),
    );
  });
}
