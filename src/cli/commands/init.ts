import type { Command } from 'commander';
import { action } from '../run-action.js';
import { parseLang } from '../../core/i18n/index.js';
import type { InitFlags } from '../../app/workspace/init-action.js';

/** `mobiscan init [DIR]`: creates the alliance's workspace (or updates its settings). */
export function registerInit(program: Command): void {
  program
    .command('init')
    .description("create the alliance's workspace: a private database in DIR (default: this folder)")
    .argument('[dir]', 'folder for the workspace (created when missing)')
    .option('--name <name>', "the alliance's name")
    .option('--peak <windows>', 'peak windows on working days (default 07:00-09:00,16:30-18:00)')
    .option('--peak-goal <pct>', "the alliance's goal: % of peak car trips avoided")
    .option('--co2-goal <pct>', "the alliance's goal: % less commuting CO2")
    .option('--baseline-year <year>', 'the CO2 goal is measured against this year')
    .option('--target-year <year>', 'the CO2 goal is due in this year')
    .addHelpText(
      'after',
      `
On a terminal, init asks for what the flags leave out. Run it again on an existing workspace to
change the name, the peak windows or the alliance's goals; companies and scans are kept.
Other commands find the workspace through --workspace DIR, the MOBISCAN_WORKSPACE variable, or
this folder and the folders above it.

Examples:
  $ mobiscan init
  $ mobiscan init ~/allianties/drechtsteden --name "Samen Bereikbaar Drechtsteden" \\
      --peak 07:00-09:00,16:30-18:00 --peak-goal 10 --co2-goal 50 --baseline-year 2016 --target-year 2030`,
    )
    .action(
      action(async (out, globals, dir: string | undefined, flags: InitFlags) => {
        const { processContext } = await import('../process-context.js');
        const { runInit } = await import('../../app/workspace/init-action.js');
        // The global --lang, given to init, becomes the workspace's language (main has checked it).
        const lang = parseLang(globals.lang);
        await runInit(await processContext(out), dir, { ...flags, ...(lang && { lang }) });
      }),
    );
}
