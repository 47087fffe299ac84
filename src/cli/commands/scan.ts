import type { Command } from 'commander';
import { action } from '../run-action.js';
import { COLUMNS_OPTION } from './common-options.js';
import { registerScanHistory } from './scan-history.js';

/** Options of `mobiscan scan`. */
export interface ScanFlags {
  location?: string[];
  company?: string;
  workspace?: string;
  settings?: string;
  columns?: string[];
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
  const scan = program.command('scan');
  registerScanHistory(scan);
  scan
    .description('run the mobility scan on an HR export: distance bands, potential per mode, peak car trips, CO2')
    .argument('<file>', 'HR export: CSV (any delimiter or encoding) or Excel .xlsx')
    .option('-l, --location <spec>', 'work location: POSTCODE, LAT,LON, or NAME=POSTCODE / NAME=LAT,LON (repeatable)', collect)
    .option('-c, --company <id>', "use the company's saved locations and save the scan in the workspace")
    .option('--workspace <dir>', 'workspace folder (default: MOBISCAN_WORKSPACE, or the current folder and its parents)')
    .option('--settings <file>', 'settings file (JSON or YAML) overriding bands, factors, peak windows, ...')
    .option(...COLUMNS_OPTION)
    .option('--sheet <name>', 'worksheet to read (default: the first with data)')
    .option('--rejects <file>', 'write every rejected row (row number, column, reason) to this CSV')
    .option('--employees <file>', 'CONFIDENTIAL: write one row per employee keyed by personnel number, for the employer only')
    .option('--replace', 'with --company: replace the saved scan of this same export (after fixing locations or settings)')
    .option('--export-date <date>', "the export's date, YYYY-MM-DD (default: the file's modification date)")
    .option('--data-dir <dir>', 'where imported geodata lives (default: the platform data directory, or MOBISCAN_DATA_DIR)')
    .addHelpText(
      'after',
      `
Without imported postcodes (\`mobiscan geodata import\`), homes are placed by place name or by the
HR distance column, and the summary says how much precision that cost.

Examples:
  $ mobiscan scan hr.csv --location 3318AT
  $ mobiscan scan hr.csv --location Dordrecht=3318AT --location Zwijndrecht=51.82,4.64
  $ mobiscan scan hr.xlsx --company asz --rejects rejects.csv
  $ mobiscan scan hr.csv --columns homePostcode="Postcode woonadres" --columns workLocation=Vestiging
  $ mobiscan scan hr.xlsx --company asz --replace        (rescan the same export, replacing its saved scan)
  $ mobiscan scan list -c asz                            (the member's scans; also: scan compare, scan remove)
  $ mobiscan scan hr.csv --location 3318AT --settings my-settings.yaml --json > scan.json`,
    )
    .action(
      action(async (out, _globals, file: string, flags: ScanFlags) => {
        const { runScanCommand } = await import('./scan-run.js');
        return runScanCommand(out, file, flags);
      }),
    );
}
