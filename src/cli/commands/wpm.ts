import type { Command } from 'commander';
import { action } from '../run-action.js';
import { COMPANY_OPTION, WORKSPACE_OPTION } from './common-options.js';
import type { WpmFlags } from '../../app/tracking/wpm-action.js';

/** `mobiscan wpm`: the commuting part of the Dutch WPM report from the latest scan. */
export function registerWpm(program: Command): void {
  program.command('wpm').description('the commuting part of the WPM report (km by mode and fuel, CO2 tank-to-wheel) from the latest scan')
    .option(...COMPANY_OPTION)
    .option('--year <year>', 'the year the report covers')
    .option('--out <file>', 'also write the table as CSV (semicolons, decimal commas) for Excel')
    .option(...WORKSPACE_OPTION)
    .addHelpText('after', `
An estimate from the scan (home-work distance x commuting days), not a registration of km
travelled; it says who is in and out of scope and what was assumed. Business travel is not covered.

Examples:
  $ mobiscan wpm --company asz --year 2025
  $ mobiscan wpm --company asz --year 2025 --out wpm-asz-2025.csv`)
    .action(action(async (out, _g, flags: WpmFlags) => {
      const { processContext } = await import('../process-context.js');
      const { runWpm } = await import('../../app/tracking/wpm-action.js');
      await runWpm(await processContext(out), flags);
    }));
}
