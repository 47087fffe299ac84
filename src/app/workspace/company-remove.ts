import { UsageError } from '../../core/errors.js';
import type { CommandContext } from '../command-context.js';
import { useWorkspace } from './use-workspace.js';

/** `company remove ID`: asks first on a terminal; in scripts `--yes` is required. */
export async function runCompanyRemove(ctx: CommandContext, id: string, flags: { workspace?: string; yes?: boolean }): Promise<number> {
  return useWorkspace(ctx, flags.workspace, async (ws) => {
    const company = ws.companies.require(id);
    const scans = ws.scans.list(id).length;
    const goals = ws.goals.list({ companyId: id }).length;
    if (!flags.yes) {
      if (!ctx.prompter) throw new UsageError(`company remove ${id}: not confirmed`, 'pass --yes to remove without asking');
      const what = `${company.name} with ${company.locations.length} locations, ${goals} goals and ${scans} scans`;
      if (!(await ctx.prompter.confirm({ message: `Remove ${what}? This cannot be undone.`, default: false }))) {
        ctx.out.info('nothing removed');
        return 1;
      }
    }
    ws.companies.remove(id);
    ctx.out.result({ removed: id, goals, scans }, () => `removed ${id} (${company.name}), with ${goals} goals and ${scans} scans`);
    return 0;
  });
}
