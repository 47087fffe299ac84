import type { Command } from 'commander';
import type { ScanHistoryFlags } from '../../app/history/scan-history.js';
import { cliT } from '../cli-lang.js';
import { action } from '../run-action.js';
import { companyOption, workspaceOption, yesOption } from './common-options.js';
import { helpAfter } from './help-text.js';
import { scanHelpMessages } from './scan-help-messages.js';

/**
 * `scan list|remove|compare`: a member's saved scans. commander gives `scan`'s own options
 * (`-c`, `--workspace`) to the parent when they come after the subcommand, so the flags are read
 * with optsWithGlobals, which merges both.
 */
export function registerScanHistory(scan: Command): void {
  const t = cliT(scanHelpMessages);
  const flagsOf = (globals: object, flags: ScanHistoryFlags): ScanHistoryFlags => ({ ...(globals as ScanHistoryFlags), ...flags });
  const context = async (out: Parameters<typeof import('../process-context.js').processContext>[0]) => (await import('../process-context.js')).processContext(out);

  scan.command('list').description(t('listDescription'))
    .option(...companyOption()).option(...workspaceOption())
    .addHelpText('after', helpAfter(undefined, ['mobiscan scan list -c asz', 'mobiscan scan list -c asz --json']))
    .action(action(async (out, globals, flags: ScanHistoryFlags) => {
      const { runScanList } = await import('../../app/history/scan-history.js');
      await runScanList(await context(out), flagsOf(globals, flags));
    }));

  scan.command('compare').description(t('compareDescription'))
    .argument('[ids...]', t('argIds'))
    .option(...companyOption()).option(...workspaceOption())
    .addHelpText('after', helpAfter(undefined, ['mobiscan scan compare -c asz', 'mobiscan scan compare 3 7 -c asz --json']))
    .action(action(async (out, globals, ids: string[], flags: ScanHistoryFlags) => {
      const { runScanCompare } = await import('../../app/history/scan-history.js');
      await runScanCompare(await context(out), ids, flagsOf(globals, flags));
    }));

  scan.command('remove').description(t('removeDescription'))
    .argument('<id>', t('argId'))
    .option(...companyOption()).option(...yesOption()).option(...workspaceOption())
    .addHelpText('after', helpAfter(t('removeExplanation'), ['mobiscan scan remove 3 -c asz', 'mobiscan scan remove 3 -c asz --yes']))
    .action(action(async (out, globals, id: string, flags: ScanHistoryFlags) => {
      const { runScanRemove } = await import('../../app/history/scan-history.js');
      await runScanRemove(await context(out), id, flagsOf(globals, flags));
    }));
}
