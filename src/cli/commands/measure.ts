import type { Command } from 'commander';
import { cliT } from '../cli-lang.js';
import { action } from '../run-action.js';
import { companyOption, workspaceOption, yesOption } from './common-options.js';
import { helpAfter } from './help-text.js';
import { measureHelpMessages } from './measure-help-messages.js';
import type { RemoveFlags } from '../../app/workspace/remove-records.js';
import type { MeasureAddFlags } from '../../app/tracking/measure-actions.js';

/** `mobiscan measure add|list`: the measures members took, so tracking shows what came after what. */
export function registerMeasure(program: Command): void {
  const t = cliT(measureHelpMessages);
  const WORKSPACE = workspaceOption();
  const measure = program
    .command('measure')
    .description(t('description'))
    .addHelpText('after', helpAfter(undefined, [
      'mobiscan measure add --company asz --measure ebike-trial-pool --start 2025-05-12',
      'mobiscan measure list --company asz',
      'mobiscan measure remove 12 -c asz',
    ]));

  measure.command('add').description(t('addDescription'))
    .option(...companyOption())
    .option('--measure <text>', t('optMeasure'))
    .option('--start <date>', t('optStart'))
    .option('--note <text>', t('optNote'))
    .option(...WORKSPACE)
    .addHelpText('after', helpAfter(t('addExplanation'), [
      'mobiscan measure add --company asz --measure ebike-trial-pool --start 2026-04-01 --note "40 e-bikes, Dordwijk"',
      'mobiscan measure add --company asz --measure "Ontbijt voor fietsers" --start 2026-05-12',
    ]))
    .action(action(async (out, _g, flags: MeasureAddFlags) => {
      const { processContext } = await import('../process-context.js');
      const { runMeasureAdd } = await import('../../app/tracking/measure-actions.js');
      await runMeasureAdd(await processContext(out), flags);
    }));

  measure.command('list').description(t('listDescription'))
    .option(...companyOption()).option(...WORKSPACE)
    .addHelpText('after', helpAfter(undefined, [
      'mobiscan measure list --company asz',
      'mobiscan measure list --company asz --json',
    ]))
    .action(action(async (out, _g, flags: { workspace?: string; company?: string }) => {
      const { processContext } = await import('../process-context.js');
      const { runMeasureList } = await import('../../app/tracking/measure-actions.js');
      await runMeasureList(await processContext(out), flags);
    }));

  measure.command('remove').description(t('removeDescription'))
    .argument('<id>', t('argId'))
    .option(...companyOption()).option(...yesOption()).option(...WORKSPACE)
    .addHelpText('after', helpAfter(undefined, [
      'mobiscan measure remove 12 -c asz',
      'mobiscan measure remove 12 -c asz --yes',
    ]))
    .action(action(async (out, _g, id: string, flags: RemoveFlags) => {
      const { processContext } = await import('../process-context.js');
      const { runMeasureRemove } = await import('../../app/workspace/remove-records.js');
      await runMeasureRemove(await processContext(out), id, flags);
    }));

  measure.command('catalogue').alias('list-catalogue').description(t('catalogueDescription'))
    .addHelpText('after', helpAfter(undefined, [
      'mobiscan measure catalogue',
      'mobiscan measure catalogue --lang en --json',
    ]))
    .action(action(async (out) => {
      const { processContext } = await import('../process-context.js');
      const { runMeasureCatalogue } = await import('../../app/tracking/measure-actions.js');
      await runMeasureCatalogue(await processContext(out));
    }));

  measure.command('import').description(t('importDescription'))
    .argument('<file>', t('argFile')).option(...WORKSPACE)
    .addHelpText('after', helpAfter(t('importExplanation'), [
      'mobiscan measure import maatregelen.csv',
      'mobiscan measure import maatregelen.xlsx --json',
    ]))
    .action(action(async (out, _g, file: string, flags: { workspace?: string }) => {
      const { processContext } = await import('../process-context.js');
      const { runMeasureImport } = await import('../../app/bulk/import-measures.js');
      await runMeasureImport(await processContext(out), file, flags);
    }));
}
