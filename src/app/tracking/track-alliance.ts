import { allianceTotals } from '../../core/track/alliance-totals.js';
import { formatPeriod } from '../../core/format/format-period.js';
import { memberInput } from '../alliance-member.js';
import { messageLang, formatMessage, translator, type Lang } from '../../core/i18n/index.js';
import { progressMessages } from './progress-messages.js';
import { renderTable } from '../../core/format/table.js';
import type { CommandContext } from '../command-context.js';
import { useWorkspace } from '../workspace/use-workspace.js';
import { companyProgress } from '../company-progress.js';
import { periodUnitFlag } from './track-show.js';

const share = (v: number | null, lang: Lang) => (v === null ? '-' : formatMessage(lang, '{v, number, ::percent .0}', { v }));
const decimal = (v: number, lang: Lang) => formatMessage(lang, '{v, number, ::.0}', { v });
const int = (v: number, lang: Lang) => formatMessage(lang, '{v, number}', { v: Math.round(v) });
/** The words alliance-member.ts uses for what a member lacks, as message keys. */
const MISSING: Record<string, string> = { baseline: 'baseline', 'a measured period after the baseline': 'period', CO2: 'co2', headcount: 'headcount' };

/** `track alliance`: the sum of the members' avoidances and CO2, and each member's share. */
export async function runTrackAlliance(ctx: CommandContext, flags: { workspace?: string; by?: string }): Promise<void> {
  const unit = periodUnitFlag(flags.by);
  await useWorkspace(ctx, flags.workspace, (ws) => {
    const members = ws.companies.list().map((c) => memberInput(companyProgress(ws, c.id, unit)));
    const totals = allianceTotals(members.map((m) => m.input));
    const goal = ws.goals.list({ companyId: null }).find((g) => g.kind === 'peak-avoidance');
    const own = totals.totals.ownShare;
    const goalStatus = goal && own !== null ? { targetPct: goal.targetPct, share: own, met: own * 100 >= goal.targetPct - 1e-7 } : null;
    const data = { totals: totals.totals, members: totals.members.map((m, i) => ({ ...m, basis: members[i]!.basis })), goal: goalStatus };
    const lang = ctx.lang ?? messageLang();
    const t = translator(progressMessages, lang);
    const period = (label: string | null) => (label === null ? '-' : formatPeriod(label, lang));
    ctx.out.result(data, () => {
      const rows = data.members.map((m) => [
        m.id, decimal(m.avoidancesPerDay, lang), share(m.shareOfAvoidances, lang), share(m.ownShare, lang),
        int(m.co2Kg, lang), share(m.shareOfCo2, lang), int(m.employees, lang), period(m.basis.period),
        m.basis.missing.map((item) => t('missingItem', { item: MISSING[item] ?? item })).join(', '),
      ]);
      const sum = totals.totals;
      rows.push([t('allianceTotal'), decimal(sum.avoidancesPerDay, lang), share(sum.avoidancesPerDay > 0 ? 1 : null, lang), share(sum.ownShare, lang), int(sum.co2Kg, lang), share(sum.co2Kg > 0 ? 1 : null, lang), int(sum.employees, lang), '', '']);
      const lines = [t('allianceTitle'), renderTable(t('allianceHeader').split('|'), rows, ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'left', 'left'])];
      if (goalStatus) lines.push(t('allianceGoal', { pct: goal!.targetPct, met: goalStatus.met ? 'yes' : 'no', share: goalStatus.share }));
      lines.push(t('allianceBasis'));
      return lines.join('\n');
    });
  });
}
