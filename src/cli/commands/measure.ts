import type { Command } from 'commander';
import { action } from '../run-action.js';
import { COMPANY_OPTION, WORKSPACE_OPTION, YES_OPTION } from './common-options.js';
import type { RemoveFlags } from '../../app/workspace/remove-records.js';
import type { MeasureAddFlags } from '../../app/tracking/measure-actions.js';

const WORKSPACE = WORKSPACE_OPTION;

/** `mobiscan measure add|list`: the measures members took, so tracking shows what came after what. */
export function registerMeasure(program: Command): void {
  const measure = program
    .command('measure')
    .description('record the measures a member took, with their start dates')
    .addHelpText('after', `
Examples:
  $ mobiscan measure add --company asz --measure ebike-trial-pool --start 2025-05-12
  $ mobiscan measure list --company asz
  $ mobiscan measure remove 12 -c asz`);

  measure.command('add').description('record a measure (an advice catalogue id or free text) and the day it started')
    .option(...COMPANY_OPTION)
    .option('--measure <text>', 'a catalogue id such as ebike-trial-pool, or a short description')
    .option('--start <date>', 'the day the measure started (YYYY-MM-DD)')
    .option('--note <text>', 'a short note, e.g. the group it was for')
    .option(...WORKSPACE)
    .addHelpText('after', `
Adding the same measure with the same start date again changes nothing.

Examples:
  $ mobiscan measure add --company asz --measure ebike-trial-pool --start 2026-04-01 --note "40 e-bikes, Dordwijk"
  $ mobiscan measure add --company asz --measure "Ontbijt voor fietsers" --start 2026-05-12`)
    .action(action(async (out, _g, flags: MeasureAddFlags) => {
      const { processContext } = await import('../process-context.js');
      const { runMeasureAdd } = await import('../../app/tracking/measure-actions.js');
      await runMeasureAdd(await processContext(out), flags);
    }));

  measure.command('list').description("a company's measures by start date")
    .option(...COMPANY_OPTION).option(...WORKSPACE)
    .addHelpText('after', '\nExamples:\n  $ mobiscan measure list --company asz\n  $ mobiscan measure list --company asz --json')
    .action(action(async (out, _g, flags: { workspace?: string; company?: string }) => {
      const { processContext } = await import('../process-context.js');
      const { runMeasureList } = await import('../../app/tracking/measure-actions.js');
      await runMeasureList(await processContext(out), flags);
    }));

  measure.command('remove').description('remove one recorded measure (asks first; --yes in scripts)')
    .argument('<id>', 'the measure number from `measure list`')
    .option(...COMPANY_OPTION).option(...YES_OPTION).option(...WORKSPACE)
    .addHelpText('after', '\nExamples:\n  $ npx mobiscan measure remove 12 -c asz\n  $ npx mobiscan measure remove 12 -c asz --yes')
    .action(action(async (out, _g, id: string, flags: RemoveFlags) => {
      const { processContext } = await import('../process-context.js');
      const { runMeasureRemove } = await import('../../app/workspace/remove-records.js');
      await runMeasureRemove(await processContext(out), id, flags);
    }));

  measure.command('catalogue').alias('list-catalogue').description('the measures of the advice catalogue with their ids for `measure add`')
    .addHelpText('after', '\nExamples:\n  $ npx mobiscan measure catalogue\n  $ npx mobiscan measure catalogue --lang en --json')
    .action(action(async (out) => {
      const { processContext } = await import('../process-context.js');
      const { runMeasureCatalogue } = await import('../../app/tracking/measure-actions.js');
      await runMeasureCatalogue(await processContext(out));
    }));

  measure.command('import').description('record many measures from a CSV or Excel file (columns company, measure, start, note)')
    .argument('<file>', 'CSV or .xlsx').option(...WORKSPACE)
    .addHelpText('after', `
One row per measure: company (bedrijf), measure (maatregel: a catalogue id or a short text),
start (startdatum: YYYY-MM-DD or DD-MM-YYYY), note (notitie, optional). Every row is checked as
\`measure add\` checks it; one bad row refuses the file with every row's reason, and nothing is
stored. Importing the same file twice changes nothing.

Examples:
  $ npx mobiscan measure import maatregelen.csv
  $ npx mobiscan measure import maatregelen.xlsx --json`)
    .action(action(async (out, _g, file: string, flags: { workspace?: string }) => {
      const { processContext } = await import('../process-context.js');
      const { runMeasureImport } = await import('../../app/bulk/import-measures.js');
      await runMeasureImport(await processContext(out), file, flags);
    }));
}
