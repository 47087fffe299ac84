import { basename, resolve } from 'node:path';
import { InputError } from '../../core/errors.js';
import { DEFAULT_LANG, joinTexts, translator } from '../../core/i18n/index.js';
import type { Goal } from '../../core/workspace/types.js';
import { validateGoal } from '../../core/workspace/validate-goal.js';
import type { CommandContext } from '../command-context.js';
import { useWorkspace } from '../workspace/use-workspace.js';
import { bulkMessages } from './bulk-messages.js';
import { readRecords } from './read-records.js';

/** The columns of a goals file and the other names they go by. */
export const GOAL_COLUMNS = {
  company: ['bedrijf', 'companyid', 'lid'],
  kind: ['soort', 'type'],
  targetPct: ['target_pct', 'doel', 'doelpct', 'percentage', 'pct'],
  baselineYear: ['baseline_year', 'basisjaar', 'nuljaar'],
  targetYear: ['target_year', 'doeljaar'],
  basis: ['grondslag'],
} as const;

/**
 * `goal import FILE`: one goal per row (an empty company is the alliance's own goal), each checked
 * as `goal set` checks it. Any unusable row refuses the whole file with every row's reason, so
 * nothing is half imported; a good file is stored in one transaction. A goal replaces the goal of
 * its kind, so the same file twice changes nothing.
 */
export async function runGoalImport(ctx: CommandContext, file: string, flags: { workspace?: string }): Promise<void> {
  const t = translator(bulkMessages, ctx.lang ?? DEFAULT_LANG);
  const path = resolve(ctx.cwd, file);
  const records = await readRecords(path, GOAL_COLUMNS);
  await useWorkspace(ctx, flags.workspace, (ws) => {
    const goals: Goal[] = [];
    const problems: string[] = [];
    for (const { row, fields } of records) {
      const company = fields.company ?? '';
      if (company !== '' && !ws.companies.get(company)) {
        problems.push(t('rowError', { row, message: t('unknownCompany', { company }) }));
        continue;
      }
      const checked = validateGoal({ ...fields, companyId: company || null, basis: fields.basis || undefined });
      if (checked.ok) goals.push(checked.value);
      else problems.push(...checked.errors.map((message) => t('rowError', { row, message })));
    }
    if (problems.length > 0) {
      throw new InputError(joinTexts([t('rowsRefused', { file: basename(path), n: new Set(problems.map((p) => p.split(':')[0])).size }), ...problems]), t('rowsRefusedHint'));
    }
    const same = (a: Goal, b: Goal) => JSON.stringify(a) === JSON.stringify(b);
    const changed = ws.transaction(() =>
      goals.filter((goal) => {
        const before = ws.goals.list({ companyId: goal.companyId }).find((g) => g.kind === goal.kind);
        if (before && same(before, goal)) return false;
        ws.goals.set(goal);
        return true;
      }),
    );
    ctx.out.result({ file: path, set: changed, unchanged: goals.length - changed.length }, () =>
      t('goalsImported', { file: basename(path), set: changed.length, same: goals.length - changed.length }),
    );
  });
}
