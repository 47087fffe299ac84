import type { Command } from 'commander';
import { cliT } from '../cli-lang.js';
import { action } from '../run-action.js';
import { parseLang } from '../../core/i18n/index.js';
import { helpAfter } from './help-text.js';
import { initHelpMessages } from './init-help-messages.js';
import type { InitFlags } from '../../app/workspace/init-action.js';

/** `mobiscan init [DIR]`: creates the alliance's workspace (or updates its settings). */
export function registerInit(program: Command): void {
  const t = cliT(initHelpMessages);
  program
    .command('init')
    .description(t('description'))
    .argument('[dir]', t('argDir'))
    .option('--name <name>', t('optName'))
    .option('--peak <windows>', t('optPeak'))
    .option('--peak-goal <pct>', t('optPeakGoal'))
    .option('--co2-goal <pct>', t('optCo2Goal'))
    .option('--baseline-year <year>', t('optBaselineYear'))
    .option('--target-year <year>', t('optTargetYear'))
    .addHelpText(
      'after',
      helpAfter(t('explanation'), [
        'mobiscan init',
        'mobiscan init ~/allianties/drechtsteden --name "Samen Bereikbaar Drechtsteden" \\\n      --peak 07:00-09:00,16:30-18:00 --peak-goal 10 --co2-goal 50 --baseline-year 2016 --target-year 2030',
      ]),
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
