import { UsageError } from '../../core/errors.js';
import type { CommandContext } from '../command-context.js';
import { messageLang, text, translator } from '../../core/i18n/index.js';
import { companyMessages } from '../../core/workspace/company-messages.js';
import { useWorkspace } from './use-workspace.js';

/** `company remove ID`: asks first on a terminal; in scripts `--yes` is required. */
export async function runCompanyRemove(ctx: CommandContext, id: string, flags: { workspace?: string; yes?: boolean }): Promise<number> {
  return useWorkspace(ctx, flags.workspace, async (ws) => {
    const company = ws.companies.require(id);
    const scans = ws.scans.list(id).length;
    const goals = ws.goals.list({ companyId: id }).length;
    const t = translator(companyMessages, ctx.lang ?? messageLang());
    if (!flags.yes) {
      if (!ctx.prompter) throw new UsageError(text(companyMessages, 'removeNotConfirmed', { id }), text(companyMessages, 'removeNotConfirmedHint'));
      const what = t('removeWhat', { name: company.name, locations: company.locations.length, goals, scans });
      if (!(await ctx.prompter.confirm({ message: t('removeQuestion', { what }), default: false }))) {
        ctx.out.info(t('nothingRemoved'));
        return 1;
      }
    }
    ws.companies.remove(id);
    ctx.out.result({ removed: id, goals, scans }, () => t('removed', { id, name: company.name, goals, scans }));
    return 0;
  });
}
