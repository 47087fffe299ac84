import type { Command } from 'commander';
import { action } from '../run-action.js';
import { COLUMNS_OPTION } from './common-options.js';

/** `mobiscan columns FILE`: how each column of an HR export is understood. */
export function registerColumns(program: Command): void {
  program
    .command('columns')
    .description('show how each column of an HR export is understood (role, confidence, samples)')
    .argument('<file>', 'HR export: CSV (any delimiter or encoding) or Excel .xlsx')
    .option('--sheet <name>', 'worksheet to read (default: the first with data)')
    .option(...COLUMNS_OPTION)
    .addHelpText(
      'after',
      `
Personal-data columns (names, streets, house numbers, birth dates, e-mail, phone, BSN) are
listed as dropped, without sample values; they are never read further.

Examples:
  $ mobiscan columns hr-export.csv
  $ mobiscan columns personeel.xlsx --sheet Medewerkers
  $ mobiscan columns hr-export.csv --columns map.json --json
  $ mobiscan columns hr-export.csv --columns workLocation=Afdeling`,
    )
    .action(
      action(async (out, _globals, file: string, opts: { sheet?: string; columns?: string[] }) => {
        const { runColumns } = await import('./columns-run.js');
        return runColumns(out, file, opts);
      }),
    );
}
