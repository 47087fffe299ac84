import { allianceTotals } from '../../core/track/alliance-totals.js';
import { memberInput } from '../alliance-member.js';
import { formatPct as formatShare } from '../../core/track/goal-status.js';
import { formatDecimal, formatInt, formatPct } from '../../core/format/format-nl.js';
import { renderTable } from '../../core/format/table.js';
import type { CommandContext } from '../command-context.js';
import { useWorkspace } from '../workspace/use-workspace.js';
import { companyProgress } from '../company-progress.js';
import { periodUnitFlag } from './track-show.js';

const share = (v: number | null) => (v === null ? '-' : formatPct(v));

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
    ctx.out.result(data, () => {
      const rows = data.members.map((m) => [
        m.id, formatDecimal(m.avoidancesPerDay), share(m.shareOfAvoidances), share(m.ownShare),
        formatInt(m.co2Kg), share(m.shareOfCo2), formatInt(m.employees), m.basis.period ?? '-',
        m.basis.missing.length > 0 ? `no ${m.basis.missing.join(', no ')}` : '',
      ]);
      const t = totals.totals;
      rows.push(['total', formatDecimal(t.avoidancesPerDay), share(t.avoidancesPerDay > 0 ? 1 : null), share(t.ownShare), formatInt(t.co2Kg), share(t.co2Kg > 0 ? 1 : null), formatInt(t.employees), '', '']);
      const header = ['member', 'avoided/day', 'share of alliance', 'of own baseline', 'CO2 kg/yr', 'share of CO2', 'employees', 'period', 'missing'];
      const lines = ['Alliance: peak car trips avoided per working day and commuting CO2', renderTable(header, rows, ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'left', 'left'])];
      if (goalStatus) lines.push(`Alliance peak goal ${goal!.targetPct}%: ${goalStatus.met ? 'MET' : 'BEHIND'} (${formatShare(goalStatus.share)} of the members' baselines)`);
      lines.push("Each member's avoidances come from its latest period with enough working days; CO2 from its latest year.");
      return lines.join('\n');
    });
  });
}
