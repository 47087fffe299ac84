import type { Command } from 'commander';
import { cliT } from '../cli-lang.js';
import { action } from '../run-action.js';
import { companyOption, workspaceOption } from './common-options.js';
import { helpAfter } from './help-text.js';
import { wpmHelpMessages } from './wpm-help-messages.js';
import type { WpmFlags } from '../../app/tracking/wpm-action.js';

/** `mobiscan wpm`: the commuting part of the Dutch WPM report from the latest scan. */
export function registerWpm(program: Command): void {
  const t = cliT(wpmHelpMessages);
  program.command('wpm').description(t('description'))
    .option(...companyOption())
    .option('--year <year>', t('optYear'))
    .option('--out <file>', t('optOut'))
    .option(...workspaceOption())
    .addHelpText('after', helpAfter(t('explanation'), [
      'mobiscan wpm --company asz --year 2025',
      'mobiscan wpm --company asz --year 2025 --out wpm-asz-2025.csv',
    ]))
    .action(action(async (out, _g, flags: WpmFlags) => {
      const { processContext } = await import('../process-context.js');
      const { runWpm } = await import('../../app/tracking/wpm-action.js');
      await runWpm(await processContext(out), flags);
    }));
}
