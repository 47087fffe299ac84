import type { Command } from 'commander';
import { cliT } from '../cli-lang.js';
import { action } from '../run-action.js';
import { demoHelpMessages } from './demo-help-messages.js';
import { helpAfter } from './help-text.js';

/** `mobiscan demo [DIR]`: a workspace from the example alliance, then the batch over it. */
export function registerDemo(program: Command): void {
  const t = cliT(demoHelpMessages);
  program
    .command('demo')
    .description(t('description'))
    .argument('[dir]', t('argDir'), 'mobiscan-demo')
    .option('-f, --format <list>', t('optFormat'), 'xlsx,pdf')
    .option('--data-dir <dir>', t('optDataDir'))
    .addHelpText('after', helpAfter(t('explanation'), ['mobiscan demo', 'mobiscan demo /tmp/demo --lang en --format pdf']))
    .action(
      action(async (out, _globals, dir: string, flags: { format: string; dataDir?: string }) => {
        const { runDemo } = await import('./demo-run.js');
        return runDemo(out, dir, flags);
      }),
    );
}
