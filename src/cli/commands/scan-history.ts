import type { Command } from 'commander';
import type { ScanHistoryFlags } from '../../app/history/scan-history.js';
import { action } from '../run-action.js';
import { COMPANY_OPTION, WORKSPACE_OPTION, YES_OPTION } from './common-options.js';

/**
 * `scan list|remove|compare`: a member's saved scans. commander gives `scan`'s own options
 * (`-c`, `--workspace`) to the parent when they come after the subcommand, so the flags are read
 * with optsWithGlobals, which merges both.
 */
export function registerScanHistory(scan: Command): void {
  const flagsOf = (globals: object, flags: ScanHistoryFlags): ScanHistoryFlags => ({ ...(globals as ScanHistoryFlags), ...flags });
  const context = async (out: Parameters<typeof import('../process-context.js').processContext>[0]) => (await import('../process-context.js')).processContext(out);

  scan.command('list').description("a member's saved scans: export date, file, employees, car share, potential, peak trips, CO2")
    .option(...COMPANY_OPTION).option(...WORKSPACE_OPTION)
    .addHelpText('after', '\nExamples:\n  $ npx mobiscan scan list -c asz\n  $ npx mobiscan scan list -c asz --json')
    .action(action(async (out, globals, flags: ScanHistoryFlags) => {
      const { runScanList } = await import('../../app/history/scan-history.js');
      await runScanList(await context(out), flagsOf(globals, flags));
    }));

  scan.command('compare').description('compare two scans of a member figure by figure (default: the two newest exports)')
    .argument('[ids...]', 'two scan numbers from `scan list`')
    .option(...COMPANY_OPTION).option(...WORKSPACE_OPTION)
    .addHelpText('after', '\nExamples:\n  $ npx mobiscan scan compare -c asz\n  $ npx mobiscan scan compare 3 7 -c asz --json')
    .action(action(async (out, globals, ids: string[], flags: ScanHistoryFlags) => {
      const { runScanCompare } = await import('../../app/history/scan-history.js');
      await runScanCompare(await context(out), ids, flagsOf(globals, flags));
    }));

  scan.command('remove').description('remove one saved scan (asks first; --yes in scripts)')
    .argument('<id>', 'the scan number from `scan list`')
    .option(...COMPANY_OPTION).option(...YES_OPTION).option(...WORKSPACE_OPTION)
    .addHelpText('after', `
To replace the saved scan of an export after fixing the locations or settings, scan the same
file again with --replace instead.

Examples:
  $ npx mobiscan scan remove 3 -c asz
  $ npx mobiscan scan remove 3 -c asz --yes`)
    .action(action(async (out, globals, id: string, flags: ScanHistoryFlags) => {
      const { runScanRemove } = await import('../../app/history/scan-history.js');
      await runScanRemove(await context(out), id, flagsOf(globals, flags));
    }));
}
