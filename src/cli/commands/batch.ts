import type { Command } from 'commander';
import { cliT } from '../cli-lang.js';
import { action } from '../run-action.js';
import { columnsOption } from './common-options.js';
import { batchHelpMessages } from './batch-help-messages.js';
import { helpAfter } from './help-text.js';

/** Options of `mobiscan batch`. */
export interface BatchFlags {
  exports?: string;
  manifest?: string;
  out?: string;
  format: string;
  force?: boolean;
  jobs?: string;
  settings?: string;
  columns?: string[];
  workspace?: string;
  dataDir?: string;
}

/** `mobiscan batch`: scan and report every member, then the alliance report. */
export function registerBatch(program: Command): void {
  const t = cliT(batchHelpMessages);
  program
    .command('batch')
    .description(t('description'))
    .option('-e, --exports <dir>', t('optExports'))
    .option('-m, --manifest <file>', t('optManifest', { example: '{"members": [{"id": "asz", "export": "exports/asz.csv"}]}' }))
    .option('-o, --out <dir>', t('optOut'))
    .option('-f, --format <list>', t('optFormat'), 'xlsx,pdf')
    .option('--force', t('optForce'))
    .option('-j, --jobs <n>', t('optJobs'))
    .option('--settings <file>', t('optSettings'))
    .option(...columnsOption())
    .option('--workspace <dir>', t('optWorkspace'))
    .option('--data-dir <dir>', t('optDataDir'))
    .addHelpText('after', helpAfter(t('explanation', { example: '{"id": "asz", "export": "asz.csv", "columns": "asz-columns.json"}' }), [
      'mobiscan batch --manifest examples/alliance/manifest.json',
      'mobiscan batch --exports exports/ --columns columns.json --format pdf --lang en',
      'mobiscan batch --exports exports/ --force --json',
    ]))
    .action(
      action(async (out, _globals, flags: BatchFlags) => {
        const { runBatchCommand } = await import('./batch-run.js');
        return runBatchCommand(out, flags);
      }),
    );
}
