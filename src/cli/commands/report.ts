import type { Command } from 'commander';
import { cliT } from '../cli-lang.js';
import { action } from '../run-action.js';
import { reportHelpMessages } from './report-help-messages.js';
import { helpAfter } from './help-text.js';

/** Options of `mobiscan report`. */
export interface ReportFlags {
  company?: string[];
  alliance?: boolean;
  out?: string;
  format: string;
  workspace?: string;
  dataDir?: string;
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** `mobiscan report`: the Excel workbook and PDF report of a company (or of the alliance). */
export function registerReport(program: Command): void {
  const t = cliT(reportHelpMessages);
  program
    .command('report')
    .description(t('description'))
    .option('-c, --company <id>', t('optCompany'), collect)
    .option('--alliance', t('optAlliance'))
    .option('-o, --out <dir>', t('optOut'))
    .option('-f, --format <list>', t('optFormat'), 'xlsx,pdf')
    .option('--workspace <dir>', t('optWorkspace'))
    .option('--data-dir <dir>', t('optDataDir'))
    .addHelpText('after', helpAfter(t('explanation'), [
      'mobiscan report --company asz',
      'mobiscan report --company asz --format pdf --lang en --out ~/rapporten',
      'mobiscan report --alliance',
    ]))
    .action(
      action(async (out, _globals, flags: ReportFlags) => {
        const { runReport } = await import('./report-run.js');
        return runReport(out, flags);
      }),
    );
}
