import type { Command } from 'commander';
import { cliT } from '../cli-lang.js';
import { action } from '../run-action.js';
import { companyOption, workspaceOption, yesOption } from './common-options.js';
import { goalHelpMessages } from './goal-help-messages.js';
import { helpAfter } from './help-text.js';
import type { GoalRemoveFlags } from '../../app/workspace/remove-records.js';
import type { GoalFlags } from '../../app/workspace/goal-actions.js';

/** `mobiscan goal set|list`: the goals of companies and of the alliance. */
export function registerGoal(program: Command): void {
  const t = cliT(goalHelpMessages);
  const company = companyOption()[0];
  const goal = program
    .command('goal')
    .description(t('description'))
    .addHelpText('after', helpAfter(undefined, [
      'mobiscan goal set --company asz --kind peak-avoidance --target-pct 10',
      'mobiscan goal set --alliance --kind co2-reduction --target-pct 50 --baseline-year 2016 --target-year 2030',
      'mobiscan goal list',
    ]));

  goal
    .command('set')
    .description(t('setDescription'))
    .option(company, t('optCompany'))
    .option('--alliance', t('optAlliance'))
    .option('--kind <kind>', t('optKind'))
    .option('--target-pct <pct>', t('optTargetPct'))
    .option('--baseline-year <year>', t('optBaselineYear'))
    .option('--target-year <year>', t('optTargetYear'))
    .option('--basis <basis>', t('optBasis'), undefined)
    .option(...workspaceOption())
    .addHelpText(
      'after',
      helpAfter(undefined, [
        'mobiscan goal set --company asz --kind peak-avoidance --target-pct 10',
        'mobiscan goal set --company asz --kind co2-reduction --target-pct 50 --baseline-year 2016 --target-year 2030',
        'mobiscan goal set --alliance --kind peak-avoidance --target-pct 8 --basis per-employee',
      ]),
    )
    .action(
      action(async (out, _globals, flags: GoalFlags) => {
        const { processContext } = await import('../process-context.js');
        const { runGoalSet } = await import('../../app/workspace/goal-actions.js');
        await runGoalSet(await processContext(out), flags);
      }),
    );

  goal
    .command('list')
    .description(t('listDescription'))
    .option(company, t('optListCompany'))
    .option(...workspaceOption())
    .addHelpText('after', helpAfter(undefined, ['mobiscan goal list', 'mobiscan goal list --company asz --json']))
    .action(
      action(async (out, _globals, flags: { workspace?: string; company?: string }) => {
        const { processContext } = await import('../process-context.js');
        const { runGoalList } = await import('../../app/workspace/goal-actions.js');
        await runGoalList(await processContext(out), flags);
      }),
    );

  goal
    .command('remove')
    .description(t('removeDescription'))
    .option(company, t('optCompany'))
    .option('--alliance', t('optRemoveAlliance'))
    .option('--kind <kind>', t('optKind'))
    .option(...yesOption())
    .option(...workspaceOption())
    .addHelpText('after', helpAfter(undefined, ['mobiscan goal remove -c asz --kind peak-avoidance', 'mobiscan goal remove --alliance --kind co2-reduction --yes']))
    .action(
      action(async (out, _globals, flags: GoalRemoveFlags) => {
        const { processContext } = await import('../process-context.js');
        const { runGoalRemove } = await import('../../app/workspace/remove-records.js');
        await runGoalRemove(await processContext(out), flags);
      }),
    );

  goal
    .command('import')
    .description(t('importDescription'))
    .argument('<file>', t('argFile'))
    .option(...workspaceOption())
    .addHelpText('after', helpAfter(t('importExplanation'), ['mobiscan goal import doelen.csv', 'mobiscan goal import doelen.xlsx --json']))
    .action(
      action(async (out, _globals, file: string, flags: { workspace?: string }) => {
        const { processContext } = await import('../process-context.js');
        const { runGoalImport } = await import('../../app/bulk/import-goals.js');
        await runGoalImport(await processContext(out), file, flags);
      }),
    );
}
