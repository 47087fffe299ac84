import type { Command } from 'commander';
import { action } from '../run-action.js';
import { COMPANY_OPTION, WORKSPACE_OPTION, YES_OPTION } from './common-options.js';
import type { GoalRemoveFlags } from '../../app/workspace/remove-records.js';
import type { GoalFlags } from '../../app/workspace/goal-actions.js';

/** `mobiscan goal set|list`: the goals of companies and of the alliance. */
export function registerGoal(program: Command): void {
  const goal = program
    .command('goal')
    .description('set and list the goals of companies and of the alliance')
    .addHelpText('after', `
Examples:
  $ mobiscan goal set --company asz --kind peak-avoidance --target-pct 10
  $ mobiscan goal set --alliance --kind co2-reduction --target-pct 50 --baseline-year 2016 --target-year 2030
  $ mobiscan goal list`);

  goal
    .command('set')
    .description('set a peak-avoidance or CO2-reduction goal, replacing an earlier one of that kind')
    .option(COMPANY_OPTION[0], 'the company the goal belongs to')
    .option('--alliance', "the goal is the alliance's own")
    .option('--kind <kind>', 'peak-avoidance or co2-reduction')
    .option('--target-pct <pct>', "peak: % of the baseline's peak car trips avoided; CO2: % less than in the baseline year")
    .option('--baseline-year <year>', 'the year the goal is measured against (required for CO2)')
    .option('--target-year <year>', 'the year the goal is due (required for CO2)')
    .option('--basis <basis>', 'peak goals: absolute or per-employee (headcounts change)', undefined)
    .option(...WORKSPACE_OPTION)
    .addHelpText(
      'after',
      `
Examples:
  $ mobiscan goal set --company asz --kind peak-avoidance --target-pct 10
  $ mobiscan goal set --company asz --kind co2-reduction --target-pct 50 --baseline-year 2016 --target-year 2030
  $ mobiscan goal set --alliance --kind peak-avoidance --target-pct 8 --basis per-employee`,
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
    .description("list the goals: the alliance's first, then each company's")
    .option(COMPANY_OPTION[0], "only this company's goals")
    .option(...WORKSPACE_OPTION)
    .addHelpText('after', '\nExamples:\n  $ mobiscan goal list\n  $ mobiscan goal list --company asz --json')
    .action(
      action(async (out, _globals, flags: { workspace?: string; company?: string }) => {
        const { processContext } = await import('../process-context.js');
        const { runGoalList } = await import('../../app/workspace/goal-actions.js');
        await runGoalList(await processContext(out), flags);
      }),
    );

  goal
    .command('remove')
    .description('remove a goal of a company or of the alliance (asks first; --yes in scripts)')
    .option(COMPANY_OPTION[0], 'the company the goal belongs to')
    .option('--alliance', "the alliance's own goal")
    .option('--kind <kind>', 'peak-avoidance or co2-reduction')
    .option(...YES_OPTION)
    .option(...WORKSPACE_OPTION)
    .addHelpText('after', '\nExamples:\n  $ npx mobiscan goal remove -c asz --kind peak-avoidance\n  $ npx mobiscan goal remove --alliance --kind co2-reduction --yes')
    .action(
      action(async (out, _globals, flags: GoalRemoveFlags) => {
        const { processContext } = await import('../process-context.js');
        const { runGoalRemove } = await import('../../app/workspace/remove-records.js');
        await runGoalRemove(await processContext(out), flags);
      }),
    );

  goal
    .command('import')
    .description('set many goals from a CSV or Excel file (columns company, kind, targetPct, baselineYear, targetYear, basis)')
    .argument('<file>', 'CSV or .xlsx')
    .option(...WORKSPACE_OPTION)
    .addHelpText('after', `
One row per goal: company (bedrijf; empty for the alliance's own goal), kind (soort:
peak-avoidance or co2-reduction), targetPct (doel), baselineYear (basisjaar), targetYear
(doeljaar), basis (absolute or per-employee). Every row is checked as \`goal set\` checks it; one
bad row refuses the file with every row's reason. Importing the same file twice changes nothing.

Examples:
  $ npx mobiscan goal import doelen.csv
  $ npx mobiscan goal import doelen.xlsx --json`)
    .action(
      action(async (out, _globals, file: string, flags: { workspace?: string }) => {
        const { processContext } = await import('../process-context.js');
        const { runGoalImport } = await import('../../app/bulk/import-goals.js');
        await runGoalImport(await processContext(out), file, flags);
      }),
    );
}
