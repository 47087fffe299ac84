import { Option, type Command } from 'commander';
import { action } from '../run-action.js';

/** `mobiscan geodata import|status`: load a postcode table, and say what is loaded. */
export function registerGeodata(program: Command): void {
  const geodata = program
    .command('geodata')
    .description('import a postcode table (GeoNames or CSV) and show what geodata is loaded')
    .addHelpText('after', `
Examples:
  $ mobiscan geodata import NL.txt          the GeoNames NL postal-code file (free, from GeoNames' NL.zip)
  $ mobiscan geodata import pc6.csv --format csv
  $ mobiscan geodata status --json`);

  geodata
    .command('import')
    .description('import postcode coordinates; replaces the earlier import as a whole')
    .argument('<files...>', 'GeoNames postal-code file (NL.txt, BE.txt, DE.txt) or CSV/TSV with a header')
    .addOption(new Option('--format <format>', 'file format (default: detected)').choices(['geonames', 'csv']))
    .option('--data-dir <dir>', 'data folder (default: MOBISCAN_DATA_DIR, else the user data folder)')
    .option('--attribution <text>', 'source and licence of a CSV, quoted in reports')
    .addHelpText(
      'after',
      `
GeoNames publishes the Dutch postal codes for free (CC BY 4.0): download NL.zip from
https://download.geonames.org/export/zip/ and unzip it. A CSV needs a header with a postcode
column (PC4 or PC6) and lat + lon (WGS84) or x + y (Dutch RD, EPSG:28992). Rows that disagree
or lie far from their neighbours are corrected or dropped, and reported.

Examples:
  $ mobiscan geodata import NL.txt
  $ mobiscan geodata import NL.txt BE.txt DE.txt        Dutch, Belgian and German postcodes at once
  $ mobiscan geodata import pc6-rd.csv --attribution "CBS, CC BY 4.0"
  $ mobiscan geodata import NL.txt --data-dir ./geo --json`,
    )
    .action(
      action(async (out, _globals, files: string[], opts: { format?: 'geonames' | 'csv'; dataDir?: string; attribution?: string }) => {
        const { runGeodataImport } = await import('./geodata-run.js');
        return runGeodataImport(out, files, opts);
      }),
    );

  geodata
    .command('status')
    .description('show the loaded postcode table, its source and attribution, and the built-in tables')
    .option('--data-dir <dir>', 'data folder (default: MOBISCAN_DATA_DIR, else the user data folder)')
    .addHelpText(
      'after',
      `
Examples:
  $ mobiscan geodata status
  $ mobiscan geodata status --json`,
    )
    .action(
      action(async (out, _globals, opts: { dataDir?: string }) => {
        const { runGeodataStatus } = await import('./geodata-run.js');
        return runGeodataStatus(out, opts);
      }),
    );
}
