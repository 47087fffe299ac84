import type { Command } from 'commander';
import { action } from '../run-action.js';
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
    .option('--company <id>', 'the company the goal belongs to')
    .option('--alliance', "the goal is the alliance's own")
    .option('--kind <kind>', 'peak-avoidance or co2-reduction')
    .option('--target-pct <pct>', "peak: % of the baseline's peak car trips avoided; CO2: % less than in the baseline year")
    .option('--baseline-year <year>', 'the year the goal is measured against (required for CO2)')
    .option('--target-year <year>', 'the year the goal is due (required for CO2)')
    .option('--basis <basis>', 'peak goals: absolute or per-employee (headcounts change)', undefined)
    .option('--workspace <dir>', 'the workspace folder (default: found from here)')
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
    .option('--company <id>', "only this company's goals")
    .option('--workspace <dir>', 'the workspace folder (default: found from here)')
    .addHelpText('after', '\nExamples:\n  $ mobiscan goal list\n  $ mobiscan goal list --company asz --json')
    .action(
      action(async (out, _globals, flags: { workspace?: string; company?: string }) => {
        const { processContext } = await import('../process-context.js');
        const { runGoalList } = await import('../../app/workspace/goal-actions.js');
        await runGoalList(await processContext(out), flags);
      }),
    );
}
