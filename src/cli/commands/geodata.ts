import { Option, type Command } from 'commander';
import { cliT } from '../cli-lang.js';
import { action } from '../run-action.js';
import { geodataHelpMessages } from './geodata-help-messages.js';
import { helpAfter } from './help-text.js';

/** `mobiscan geodata import|status`: load a postcode table, and say what is loaded. */
export function registerGeodata(program: Command): void {
  const t = cliT(geodataHelpMessages);
  const geodata = program
    .command('geodata')
    .description(t('description'))
    .addHelpText('after', helpAfter(undefined, [
      ['mobiscan geodata import NL.txt', t('exGeonames')],
      'mobiscan geodata import pc6.csv --format csv',
      'mobiscan geodata status --json',
    ]));

  geodata
    .command('import')
    .description(t('importDescription'))
    .argument('<files...>', t('argFiles'))
    .addOption(new Option('--format <format>', t('optFormat')).choices(['geonames', 'csv']))
    .option('--data-dir <dir>', t('optDataDir'))
    .option('--attribution <text>', t('optAttribution'))
    .addHelpText(
      'after',
      helpAfter(t('importExplanation'), [
        'mobiscan geodata import NL.txt',
        ['mobiscan geodata import NL.txt BE.txt DE.txt', t('exAtOnce')],
        'mobiscan geodata import pc6-rd.csv --attribution "CBS, CC BY 4.0"',
        'mobiscan geodata import NL.txt --data-dir ./geo --json',
      ]),
    )
    .action(
      action(async (out, _globals, files: string[], opts: { format?: 'geonames' | 'csv'; dataDir?: string; attribution?: string }) => {
        const { runGeodataImport } = await import('./geodata-run.js');
        return runGeodataImport(out, files, opts);
      }),
    );

  geodata
    .command('status')
    .description(t('statusDescription'))
    .option('--data-dir <dir>', t('optDataDir'))
    .addHelpText('after', helpAfter(undefined, ['mobiscan geodata status', 'mobiscan geodata status --json']))
    .action(
      action(async (out, _globals, opts: { dataDir?: string }) => {
        const { runGeodataStatus } = await import('./geodata-run.js');
        return runGeodataStatus(out, opts);
      }),
    );
}
