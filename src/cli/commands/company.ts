import type { Command } from 'commander';
import type { Output } from '../output.js';
import { action } from '../run-action.js';
import type { CommandContext } from '../../app/command-context.js';
import type { CompanySaveFlags } from '../../app/workspace/company-save.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];
const WORKSPACE = ['--workspace <dir>', 'the workspace folder (default: found from here)'] as const;
const context = async (out: Output): Promise<CommandContext> => (await import('../process-context.js')).processContext(out);

/** The fields `add` and `edit` share. */
function companyFields(command: Command): Command {
  return command
    .option('--name <name>', 'full name')
    .option('--sector <sector>', 'sector, e.g. zorg, onderwijs, industrie')
    .option('--headcount <n>', 'number of employees')
    .option('--signed <date>', 'date the declaration of intent was signed (YYYY-MM-DD)')
    .option('--shares', 'lets the alliance report show its figures to other members')
    .option('--no-shares', 'keeps its figures out of what other members see')
    .option('--location <spec>', 'work location NAME=POSTCODE, NAME=LAT,LON or NAME=ADDRESS, POSTCODE (repeatable)', collect)
    .option(...WORKSPACE);
}

/** `mobiscan company add|list|show|edit|remove|import|export`. */
export function registerCompany(program: Command): void {
  const company = program
    .command('company')
    .description("the alliance's member companies and their work locations")
    .addHelpText('after', `
Examples:
  $ mobiscan company add --id asz --name "Albert Schweitzer ziekenhuis" --location Dordrecht=3318AT
  $ mobiscan company list --json
  $ mobiscan company import members.yaml`);

  companyFields(company.command('add').description('add a member company (a wizard on a terminal)').option('--id <id>', 'short id such as asz'))
    .addHelpText('after', `
Examples:
  $ mobiscan company add
  $ mobiscan company add --id asz --name "Albert Schweitzer ziekenhuis" --sector zorg --headcount 3000 \\
      --signed 2023-05-11 --shares --location "Dordwijk=3318AT" --location "Zwijndrecht=51.8150,4.6330"`)
    .action(action(async (out, _g, flags: CompanySaveFlags) => {
      const { runCompanyAdd } = await import('../../app/workspace/company-save.js');
      await runCompanyAdd(await context(out), flags);
    }));

  company.command('list').description('list the member companies').option(...WORKSPACE)
    .addHelpText('after', '\nExamples:\n  $ mobiscan company list\n  $ mobiscan company list --json')
    .action(action(async (out, _g, flags: { workspace?: string }) => {
      const { runCompanyList } = await import('../../app/workspace/company-view.js');
      await runCompanyList(await context(out), flags);
    }));

  company.command('show').description('show one company: fields, locations, latest scan').argument('<id>').option(...WORKSPACE)
    .addHelpText('after', '\nExamples:\n  $ mobiscan company show asz\n  $ mobiscan company show asz --json')
    .action(action(async (out, _g, id: string, flags: { workspace?: string }) => {
      const { runCompanyShow } = await import('../../app/workspace/company-view.js');
      await runCompanyShow(await context(out), id, flags);
    }));

  companyFields(company.command('edit').description('change a company (a wizard on a terminal when no flags are given)').argument('<id>'))
    .option('--remove-location <name>', 'remove a work location by name (repeatable)', collect)
    .addHelpText('after', `
--location adds a location or replaces the one with the same name; the others stay.

Examples:
  $ mobiscan company edit asz
  $ mobiscan company edit asz --headcount 3100 --location "Dordwijk=3318AT" --remove-location Zwijndrecht`)
    .action(action(async (out, _g, id: string, flags: CompanySaveFlags) => {
      const { runCompanyEdit } = await import('../../app/workspace/company-save.js');
      await runCompanyEdit(await context(out), id, flags);
    }));

  company.command('remove').description('remove a company with its goals and scans').argument('<id>')
    .option('-y, --yes', 'do not ask for confirmation').option(...WORKSPACE)
    .addHelpText('after', '\nExamples:\n  $ mobiscan company remove asz\n  $ mobiscan company remove asz --yes')
    .action(action(async (out, _g, id: string, flags: { workspace?: string; yes?: boolean }) => {
      const { runCompanyRemove } = await import('../../app/workspace/company-remove.js');
      return runCompanyRemove(await context(out), id, flags);
    }));

  company.command('import').description('add and update companies from a CSV or YAML file').argument('<file>', '.csv or .yaml')
    .option('-y, --yes', 'change existing companies without asking (in scripts)').option(...WORKSPACE)
    .addHelpText('after', `
CSV: one row per location, separated by ';' (or ','):
  id;name;sector;headcount;declaration_signed;shares;location_name;address;postcode;lat;lon
YAML: a list under 'companies:', each with nested 'locations:'. Importing the same file twice
changes nothing; companies not in the file are kept. When the file would change an existing
company (a new name, headcount or locations), the changes are shown field by field and applied
only after a yes on the terminal, or with --yes in a script.

Examples:
  $ mobiscan company import leden.csv
  $ mobiscan company import alliantie.yaml --json`)
    .action(action(async (out, _g, file: string, flags: { workspace?: string; yes?: boolean }) => {
      const { runCompanyImport } = await import('../../app/workspace/company-transfer.js');
      await runCompanyImport(await context(out), file, flags);
    }));

  company.command('export').description('write all companies to a CSV or YAML file that imports back').argument('<file>', '.csv or .yaml').option(...WORKSPACE)
    .addHelpText('after', '\nExamples:\n  $ mobiscan company export leden.csv\n  $ mobiscan company export alliantie.yaml')
    .action(action(async (out, _g, file: string, flags: { workspace?: string }) => {
      const { runCompanyExport } = await import('../../app/workspace/company-transfer.js');
      await runCompanyExport(await context(out), file, flags);
    }));
}
