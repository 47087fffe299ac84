import type { Command } from 'commander';
import { action } from '../run-action.js';
import type { MeasureAddFlags } from '../../app/tracking/measure-actions.js';

const WORKSPACE = ['--workspace <dir>', 'the workspace folder (default: found from here)'] as const;

/** `mobiscan measure add|list`: the measures members took, so tracking shows what came after what. */
export function registerMeasure(program: Command): void {
  const measure = program
    .command('measure')
    .description('record the measures a member took, with their start dates')
    .addHelpText('after', `
Examples:
  $ mobiscan measure add --company asz --measure ebike-trial-pool --start 2025-05-12
  $ mobiscan measure list --company asz`);

  measure.command('add').description('record a measure (an advice catalogue id or free text) and the day it started')
    .option('--company <id>', 'the member company')
    .option('--measure <text>', 'a catalogue id such as e-bike-trial, or a short description')
    .option('--start <date>', 'the day the measure started (YYYY-MM-DD)')
    .option('--note <text>', 'a short note, e.g. the group it was for')
    .option(...WORKSPACE)
    .addHelpText('after', `
Adding the same measure with the same start date again changes nothing.

Examples:
  $ mobiscan measure add --company asz --measure e-bike-trial --start 2026-04-01 --note "40 e-bikes, Dordwijk"
  $ mobiscan measure add --company asz --measure "Ontbijt voor fietsers" --start 2026-05-12`)
    .action(action(async (out, _g, flags: MeasureAddFlags) => {
      const { processContext } = await import('../process-context.js');
      const { runMeasureAdd } = await import('../../app/tracking/measure-actions.js');
      await runMeasureAdd(await processContext(out), flags);
    }));

  measure.command('list').description("a company's measures by start date")
    .option('--company <id>', 'the member company').option(...WORKSPACE)
    .addHelpText('after', '\nExamples:\n  $ mobiscan measure list --company asz\n  $ mobiscan measure list --company asz --json')
    .action(action(async (out, _g, flags: { workspace?: string; company?: string }) => {
      const { processContext } = await import('../process-context.js');
      const { runMeasureList } = await import('../../app/tracking/measure-actions.js');
      await runMeasureList(await processContext(out), flags);
    }));
}
