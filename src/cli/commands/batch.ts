import type { Command } from 'commander';
import { action } from '../run-action.js';
import { COLUMNS_OPTION } from './common-options.js';

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
  program
    .command('batch')
    .description("scan every member's HR export, save it, write each member's reports and the alliance report")
    .option('-e, --exports <dir>', 'folder with one HR export per member, named after its id (asz.csv, asz-2026.xlsx)')
    .option('-m, --manifest <file>', 'JSON manifest {"members": [{"id": "asz", "export": "exports/asz.csv"}]} instead of --exports')
    .option('-o, --out <dir>', 'folder for the reports (default: reports/ in the workspace, as for `report`)')
    .option('-f, --format <list>', 'xlsx, pdf or both', 'xlsx,pdf')
    .option('--force', 'scan and report members whose export has not changed too')
    .option('-j, --jobs <n>', 'worker threads (default: the cores, at most 4; 0 = none)')
    .option('--settings <file>', 'settings file (JSON or YAML) for every scan')
    .option(COLUMNS_OPTION[0], `${COLUMNS_OPTION[1]}; for every export (a member's "columns" in the manifest wins)`, COLUMNS_OPTION[2])
    .option('--workspace <dir>', 'workspace folder (default: MOBISCAN_WORKSPACE, or the current folder and its parents)')
    .option('--data-dir <dir>', 'where imported geodata lives')
    .addHelpText(
      'after',
      `
One failing member never stops the others: its error is in the summary and the exit code is 1.
An export that belongs to no member is warned about; when none belongs to a member, the batch
stops with exit code 1. A rerun skips members whose export has not changed (same bytes) but writes
their reports when none are in the output folder; --force redoes them. The alliance report is
written every time. Members who do not share with the alliance appear in its totals without a
name. A manifest member may name its column mapping: {"id": "asz", "export": "asz.csv",
"columns": "asz-columns.json"}.

Examples:
  $ npx mobiscan batch --manifest examples/alliance/manifest.json
  $ npx mobiscan batch --exports exports/ --columns columns.json --format pdf --lang en
  $ npx mobiscan batch --exports exports/ --force --json`,
    )
    .action(
      action(async (out, _globals, flags: BatchFlags) => {
        const { runBatchCommand } = await import('./batch-run.js');
        return runBatchCommand(out, flags);
      }),
    );
}
