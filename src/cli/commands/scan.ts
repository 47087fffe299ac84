import type { Command } from 'commander';
import { cliT } from '../cli-lang.js';
import { action } from '../run-action.js';
import { helpAfter } from './help-text.js';
import { scanHelpMessages } from './scan-help-messages.js';
import { registerScanHistory } from './scan-history.js';

/** Options of `mobiscan scan`. */
export interface ScanFlags {
  location?: string[];
  company?: string;
  workspace?: string;
  settings?: string;
  columns?: string;
  sheet?: string;
  rejects?: string;
  employees?: string;
  exportDate?: string;
  dataDir?: string;
  /** Replace the saved scan of the same export instead of keeping the first. */
  replace?: boolean;
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** `mobiscan scan FILE`: the mobility scan of one company's HR export. */
export function registerScan(program: Command): void {
  const t = cliT(scanHelpMessages);
  const scan = program.command('scan');
  registerScanHistory(scan);
  scan
    .description(t('description'))
    .argument('<file>', t('argFile'))
    .option('-l, --location <spec>', t('optLocation'), collect)
    .option('-c, --company <id>', t('optCompany'))
    .option('--workspace <dir>', t('optWorkspace'))
    .option('--settings <file>', t('optSettings'))
    .option('--columns <map.json>', t('optColumns'))
    .option('--sheet <name>', t('optSheet'))
    .option('--rejects <file>', t('optRejects'))
    .option('--employees <file>', t('optEmployees'))
    .option('--replace', t('optReplace'))
    .option('--export-date <date>', t('optExportDate'))
    .option('--data-dir <dir>', t('optDataDir'))
    .addHelpText(
      'after',
      helpAfter(t('explanation'), [
        'mobiscan scan hr.csv --location 3318AT',
        'mobiscan scan hr.csv --location Dordrecht=3318AT --location Zwijndrecht=51.82,4.64',
        'mobiscan scan hr.xlsx --company asz --rejects rejects.csv',
        ['mobiscan scan hr.xlsx --company asz --replace', t('exReplace')],
        ['mobiscan scan list -c asz', t('exList')],
        'mobiscan scan hr.csv --location 3318AT --settings my-settings.yaml --json > scan.json',
      ]),
    )
    .action(
      action(async (out, _globals, file: string, flags: ScanFlags) => {
        const { runScanCommand } = await import('./scan-run.js');
        return runScanCommand(out, file, flags);
      }),
    );
}
