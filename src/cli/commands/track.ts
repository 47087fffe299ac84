import type { Command } from 'commander';
import type { Output } from '../output.js';
import { cliT } from '../cli-lang.js';
import { action } from '../run-action.js';
import { columnsOption, companyOption, workspaceOption, yesOption } from './common-options.js';
import { helpAfter } from './help-text.js';
import { trackHelpMessages } from './track-help-messages.js';
import type { TrackUndoFlags } from '../../app/tracking/track-undo.js';
import type { CommandContext } from '../../app/command-context.js';
import type { TrackBaselineFlags } from '../../app/tracking/track-baseline.js';
import type { TrackCo2Flags } from '../../app/tracking/track-co2.js';
import type { TrackImportFlags } from '../../app/tracking/track-import.js';
import type { TrackShowFlags } from '../../app/tracking/track-show.js';

const context = async (out: Output): Promise<CommandContext> => (await import('../process-context.js')).processContext(out);

/** `mobiscan track import|baseline|headcount|co2|show|alliance`: peak avoidances and CO2 against the goals. */
export function registerTrack(program: Command): void {
  const t = cliT(trackHelpMessages);
  const WORKSPACE = workspaceOption();
  const COMPANY = companyOption();
  const BY = ['--by <unit>', t('optBy')] as const;
  const track = program
    .command('track')
    .description(t('description'))
    .addHelpText('after', helpAfter(undefined, [
      'mobiscan track import garage-maart.csv --company asz --kind log',
      'mobiscan track baseline --company asz --from 2025-01-01 --to 2025-03-31',
      'mobiscan track show --company asz --by quarter',
      'mobiscan track alliance --json',
    ]));

  track.command('import').description(t('importDescription'))
    .argument('<file>', t('argFile'))
    .option(...COMPANY)
    .option('--kind <kind>', t('optKind'))
    .option('--source <name>', t('optSource'))
    .option(...columnsOption())
    .option('--replace', t('optReplace'))
    .option('--add', t('optAdd'))
    .option(...WORKSPACE)
    .addHelpText('after', helpAfter(t('importExplanation'), [
      'mobiscan track import parkeergarage-2026-03.csv --company asz --kind log --source garage-dordwijk',
      'mobiscan track import slagboom.xlsx --company asz --kind log --columns timestamp=Passage,direction=Rijrichting',
      'mobiscan track import tellingen.csv --company asz --kind counts',
      'mobiscan track import app-export.csv --company asz --kind registrations --source fietsapp',
      'mobiscan track import garage-correctie.csv --company asz --kind log --source garage-dordwijk --replace',
    ]))
    .action(action(async (out, _g, file: string, flags: TrackImportFlags) => {
      const { runTrackImport } = await import('../../app/tracking/track-import.js');
      await runTrackImport(await context(out), file, flags);
    }));

  track.command('baseline').description(t('baselineDescription'))
    .option(...COMPANY)
    .option('--from <date>', t('optFrom'))
    .option('--to <date>', t('optTo'))
    .option('--morning <n>', t('optMorning'))
    .option('--evening <n>', t('optEvening'))
    .option('--headcount <n>', t('optHeadcount'))
    .option('--remove', t('optRemove'))
    .option(...yesOption())
    .option(...WORKSPACE)
    .addHelpText('after', helpAfter(undefined, [
      'mobiscan track baseline --company asz --from 2025-09-01 --to 2025-11-30 --headcount 3000',
      'mobiscan track baseline --company asz --morning 1000 --evening 800',
      'mobiscan track baseline --company asz',
      'mobiscan track baseline -c asz --remove',
    ]))
    .action(action(async (out, _g, flags: TrackBaselineFlags & { remove?: boolean; yes?: boolean }) => {
      if (flags.remove === true) {
        const { runBaselineRemove } = await import('../../app/tracking/track-undo.js');
        return runBaselineRemove(await context(out), flags);
      }
      const { runTrackBaseline } = await import('../../app/tracking/track-baseline.js');
      await runTrackBaseline(await context(out), flags);
    }));

  track.command('headcount').description(t('headcountDescription'))
    .option(...COMPANY).option('--from <date>', t('optHeadcountFrom')).option('--headcount <n>', t('optHeadcountN'))
    .option(...WORKSPACE)
    .addHelpText('after', helpAfter(undefined, ['mobiscan track headcount --company asz --from 2026-01-01 --headcount 3150']))
    .action(action(async (out, _g, flags: { workspace?: string; company?: string; from?: string; headcount?: string }) => {
      const { runTrackHeadcount } = await import('../../app/tracking/track-baseline.js');
      await runTrackHeadcount(await context(out), flags);
    }));

  track.command('co2').description(t('co2Description'))
    .option(...COMPANY).option('--year <year>', t('optYear'))
    .option('--km-file <file>', t('optKmFile'))
    .option('--basis <basis>', t('optBasis'))
    .option(...WORKSPACE)
    .addHelpText('after', helpAfter(undefined, ['mobiscan track co2 --company asz --year 2016 --km-file km-2016.csv']))
    .action(action(async (out, _g, flags: TrackCo2Flags) => {
      const { runTrackCo2 } = await import('../../app/tracking/track-co2.js');
      await runTrackCo2(await context(out), flags);
    }));

  track.command('show').description(t('showDescription'))
    .option(...COMPANY).option(...BY).option(...WORKSPACE)
    .addHelpText('after', helpAfter(undefined, ['mobiscan track show --company asz', 'mobiscan track show --company asz --by month --json']))
    .action(action(async (out, _g, flags: TrackShowFlags) => {
      const { runTrackShow } = await import('../../app/tracking/track-show.js');
      await runTrackShow(await context(out), flags);
    }));

  track.command('alliance').description(t('allianceDescription'))
    .option(...BY).option(...WORKSPACE)
    .addHelpText('after', helpAfter(undefined, ['mobiscan track alliance', 'mobiscan track alliance --json']))
    .action(action(async (out, _g, flags: { workspace?: string; by?: string }) => {
      const { runTrackAlliance } = await import('../../app/tracking/track-alliance.js');
      await runTrackAlliance(await context(out), flags);
    }));

  track.command('imports').description(t('importsDescription'))
    .option(...COMPANY).option(...WORKSPACE)
    .addHelpText('after', helpAfter(undefined, ['mobiscan track imports -c asz', 'mobiscan track imports -c asz --json']))
    .action(action(async (out, _g, flags: TrackUndoFlags) => {
      const { runTrackImports } = await import('../../app/tracking/track-undo.js');
      await runTrackImports(await context(out), flags);
    }));

  track.command('remove').description(t('removeDescription'))
    .argument('<id>', t('argId'))
    .option(...COMPANY).option(...yesOption()).option(...WORKSPACE)
    .addHelpText('after', helpAfter(t('removeExplanation'), ['mobiscan track remove 4 -c asz', 'mobiscan track remove 4 -c asz --yes']))
    .action(action(async (out, _g, id: string, flags: TrackUndoFlags) => {
      const { runTrackRemove } = await import('../../app/tracking/track-undo.js');
      await runTrackRemove(await context(out), id, flags);
    }));
}
