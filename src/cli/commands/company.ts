import type { Command } from 'commander';
import type { Output } from '../output.js';
import { cliT } from '../cli-lang.js';
import { action } from '../run-action.js';
import { companyHelpMessages } from './company-help-messages.js';
import { helpAfter } from './help-text.js';
import type { CommandContext } from '../../app/command-context.js';
import type { CompanySaveFlags } from '../../app/workspace/company-save.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];
const context = async (out: Output): Promise<CommandContext> => (await import('../process-context.js')).processContext(out);

/** The fields `add` and `edit` share. */
function companyFields(command: Command): Command {
  const t = cliT(companyHelpMessages);
  return command
    .option('--name <name>', t('optName'))
    .option('--sector <sector>', t('optSector'))
    .option('--headcount <n>', t('optHeadcount'))
    .option('--signed <date>', t('optSigned'))
    .option('--shares', t('optShares'))
    .option('--no-shares', t('optNoShares'))
    .option('--location <spec>', t('optLocation'), collect)
    .option('--workspace <dir>', t('optWorkspace'));
}

/** `mobiscan company add|list|show|edit|remove|import|export`. */
export function registerCompany(program: Command): void {
  const t = cliT(companyHelpMessages);
  const WORKSPACE = ['--workspace <dir>', t('optWorkspace')] as const;
  const company = program
    .command('company')
    .description(t('description'))
    .addHelpText('after', helpAfter(undefined, [
      'mobiscan company add --id asz --name "Albert Schweitzer ziekenhuis" --location Dordrecht=3318AT',
      'mobiscan company list --json',
      'mobiscan company import members.yaml',
    ]));

  companyFields(company.command('add').description(t('addDescription')).option('--id <id>', t('optId')))
    .addHelpText('after', helpAfter(undefined, [
      'mobiscan company add',
      'mobiscan company add --id asz --name "Albert Schweitzer ziekenhuis" --sector zorg --headcount 3000 \\\n' +
        '      --signed 2023-05-11 --shares --location "Dordwijk=3318AT" --location "Zwijndrecht=51.8150,4.6330"',
    ]))
    .action(action(async (out, _g, flags: CompanySaveFlags) => {
      const { runCompanyAdd } = await import('../../app/workspace/company-save.js');
      await runCompanyAdd(await context(out), flags);
    }));

  company.command('list').description(t('listDescription')).option(...WORKSPACE)
    .addHelpText('after', helpAfter(undefined, ['mobiscan company list', 'mobiscan company list --json']))
    .action(action(async (out, _g, flags: { workspace?: string }) => {
      const { runCompanyList } = await import('../../app/workspace/company-view.js');
      await runCompanyList(await context(out), flags);
    }));

  company.command('show').description(t('showDescription')).argument('<id>').option(...WORKSPACE)
    .addHelpText('after', helpAfter(undefined, ['mobiscan company show asz', 'mobiscan company show asz --json']))
    .action(action(async (out, _g, id: string, flags: { workspace?: string }) => {
      const { runCompanyShow } = await import('../../app/workspace/company-view.js');
      await runCompanyShow(await context(out), id, flags);
    }));

  companyFields(company.command('edit').description(t('editDescription')).argument('<id>'))
    .option('--remove-location <name>', t('optRemoveLocation'), collect)
    .addHelpText('after', helpAfter(t('editExplanation'), [
      'mobiscan company edit asz',
      'mobiscan company edit asz --headcount 3100 --location "Dordwijk=3318AT" --remove-location Zwijndrecht',
    ]))
    .action(action(async (out, _g, id: string, flags: CompanySaveFlags) => {
      const { runCompanyEdit } = await import('../../app/workspace/company-save.js');
      await runCompanyEdit(await context(out), id, flags);
    }));

  company.command('remove').description(t('removeDescription')).argument('<id>')
    .option('-y, --yes', t('optRemoveYes')).option(...WORKSPACE)
    .addHelpText('after', helpAfter(undefined, ['mobiscan company remove asz', 'mobiscan company remove asz --yes']))
    .action(action(async (out, _g, id: string, flags: { workspace?: string; yes?: boolean }) => {
      const { runCompanyRemove } = await import('../../app/workspace/company-remove.js');
      return runCompanyRemove(await context(out), id, flags);
    }));

  company.command('import').description(t('importDescription')).argument('<file>', t('argFile'))
    .option('-y, --yes', t('optImportYes')).option(...WORKSPACE)
    .addHelpText('after', helpAfter(t('importExplanation'), ['mobiscan company import leden.csv', 'mobiscan company import alliantie.yaml --json']))
    .action(action(async (out, _g, file: string, flags: { workspace?: string; yes?: boolean }) => {
      const { runCompanyImport } = await import('../../app/workspace/company-transfer.js');
      await runCompanyImport(await context(out), file, flags);
    }));

  company.command('export').description(t('exportDescription')).argument('<file>', t('argFile')).option(...WORKSPACE)
    .addHelpText('after', helpAfter(undefined, ['mobiscan company export leden.csv', 'mobiscan company export alliantie.yaml']))
    .action(action(async (out, _g, file: string, flags: { workspace?: string }) => {
      const { runCompanyExport } = await import('../../app/workspace/company-transfer.js');
      await runCompanyExport(await context(out), file, flags);
    }));
}
