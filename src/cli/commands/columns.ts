import type { Command } from 'commander';
import { cliT } from '../cli-lang.js';
import { action } from '../run-action.js';
import { columnsHelpMessages } from './columns-help-messages.js';
import { helpAfter } from './help-text.js';

/** `mobiscan columns FILE`: how each column of an HR export is understood. */
export function registerColumns(program: Command): void {
  const t = cliT(columnsHelpMessages);
  program
    .command('columns')
    .description(t('description'))
    .argument('<file>', t('argFile'))
    .option('--sheet <name>', t('optSheet'))
    .option('--columns <map.json>', t('optColumns'))
    .addHelpText(
      'after',
      helpAfter(t('explanation'), ['mobiscan columns hr-export.csv', 'mobiscan columns personeel.xlsx --sheet Medewerkers', 'mobiscan columns hr-export.csv --columns map.json --json']),
    )
    .action(
      action(async (out, _globals, file: string, opts: { sheet?: string; columns?: string }) => {
        const { runColumns } = await import('./columns-run.js');
        return runColumns(out, file, opts);
      }),
    );
}
