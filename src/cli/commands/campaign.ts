import type { Command } from 'commander';
import { cliT } from '../cli-lang.js';
import { action } from '../run-action.js';
import { campaignHelpMessages } from './campaign-help-messages.js';
import { campaignMessages } from './campaign-messages.js';
import { helpAfter } from './help-text.js';

/** Flags of the campaign subcommands. */
export interface CampaignFlags {
  id?: string;
  name?: string;
  from?: string;
  to?: string;
  members?: string;
  campaign?: string;
  company?: string;
  source?: string;
  hrExport?: string;
  yes?: boolean;
  workspace?: string;
  dataDir?: string;
}

/** `mobiscan campaign add|import|list|remove|register|show`: a mobility week and what it saved. */
export function registerCampaign(program: Command): void {
  const t = cliT(campaignMessages);
  const help = cliT(campaignHelpMessages);
  const run = (name: 'add' | 'import' | 'list' | 'remove' | 'register' | 'show') =>
    action(async (out, _g, ...args: unknown[]) => {
      const { runCampaign } = await import('./campaign-run.js');
      return runCampaign(name, out, args);
    });
  const campaign = program.command('campaign').description(t('description')).addHelpText('after', helpAfter(undefined, [
    'mobiscan campaign add --id mobiliteitsweek-2026 --name "Europese Mobiliteitsweek 2026" --from 16-09-2026 --to 22-09-2026',
    'mobiscan campaign register registraties.csv --campaign mobiliteitsweek-2026',
    'mobiscan campaign show mobiliteitsweek-2026',
  ]));
  const workspace = ['--workspace <dir>', t('optWorkspace')] as const;

  campaign.command('add').description(t('addDescription'))
    .option('--id <id>', t('optId')).option('--name <text>', t('optName'))
    .option('--from <date>', t('optFrom')).option('--to <date>', t('optTo'))
    .option('--members <ids>', t('optMembers')).option(...workspace)
    .addHelpText('after', helpAfter(undefined, ['mobiscan campaign add --id week-2026 --name "Mobiliteitsweek" --from 16-09-2026 --to 22-09-2026 --members asz,gemdor']))
    .action(run('add'));
  campaign.command('import').description(t('importDescription')).argument('<file>')
    .option(...workspace)
    .addHelpText('after', helpAfter(undefined, ['mobiscan campaign import examples/alliance/campaigns.csv']))
    .action(run('import'));
  campaign.command('list').description(t('listDescription')).option(...workspace)
    .addHelpText('after', helpAfter(undefined, ['mobiscan campaign list --json']))
    .action(run('list'));
  campaign.command('remove').description(t('removeDescription')).argument('<id>')
    .option('-y, --yes', t('optYes')).option(...workspace)
    .addHelpText('after', helpAfter(undefined, ['mobiscan campaign remove week-2026 --yes']))
    .action(run('remove'));
  campaign.command('register').description(t('registerDescription')).argument('<file>')
    .option('--campaign <id>', t('optCampaign')).option('-c, --company <id>', t('optCompany'))
    .option('--source <name>', t('optSource')).option('--hr-export <file>', t('optHrExport'))
    .option('--data-dir <dir>', help('optDataDir')).option(...workspace)
    .addHelpText('after', helpAfter(help('registerExplanation'), [
      'mobiscan campaign register app-export.csv --campaign week-2026',
      'mobiscan campaign register enquete-asz.xlsx --campaign week-2026 --company asz --hr-export hr-asz.csv',
    ]))
    .action(run('register'));
  campaign.command('show').description(t('showDescription')).argument('<id>').option(...workspace)
    .addHelpText('after', helpAfter(undefined, ['mobiscan campaign show week-2026', 'mobiscan campaign show week-2026 --json']))
    .action(run('show'));
}
