import type { Command } from 'commander';
import type { Output } from '../output.js';
import { action } from '../run-action.js';
import { COMPANY_OPTION, WORKSPACE_OPTION, YES_OPTION } from './common-options.js';
import type { TrackUndoFlags } from '../../app/tracking/track-undo.js';
import type { CommandContext } from '../../app/command-context.js';
import type { TrackBaselineFlags } from '../../app/tracking/track-baseline.js';
import type { TrackCo2Flags } from '../../app/tracking/track-co2.js';
import type { TrackImportFlags } from '../../app/tracking/track-import.js';
import type { TrackShowFlags } from '../../app/tracking/track-show.js';

const WORKSPACE = WORKSPACE_OPTION;
const COMPANY = COMPANY_OPTION;
const BY = ['--by <unit>', 'group days by month or quarter (default quarter)'] as const;
const context = async (out: Output): Promise<CommandContext> => (await import('../process-context.js')).processContext(out);

/** `mobiscan track import|baseline|headcount|co2|show|alliance`: peak avoidances and CO2 against the goals. */
export function registerTrack(program: Command): void {
  const track = program
    .command('track')
    .description('track peak car trips avoided and commuting CO2 against the goals')
    .addHelpText('after', `
Examples:
  $ mobiscan track import garage-maart.csv --company asz --kind log
  $ mobiscan track baseline --company asz --from 2025-01-01 --to 2025-03-31
  $ mobiscan track show --company asz --by quarter
  $ mobiscan track alliance --json`);

  track.command('import').description('import a parking or barrier log, daily counts or registrations of avoided trips')
    .argument('<file>', 'CSV or Excel file')
    .option(...COMPANY)
    .option('--kind <kind>', 'log (entries/exits), counts (date, morning, evening) or registrations (date, count, mode, reason)')
    .option('--source <name>', 'the counting point, e.g. garage-north (default: the kind)')
    .option('--columns <spec>', 'name columns: ROLE=HEADER or ROLE=NUMBER, comma-separated')
    .option('--replace', 'days that overlap earlier imports of the source: replace them with this file')
    .option('--add', 'days that overlap earlier imports of the source: add this file (other vehicles or registrations)')
    .option(...WORKSPACE)
    .addHelpText('after', `
Columns are found by header, Dutch or English: datum/date, tijd/time, tijdstip/timestamp,
richting/direction, kenteken/plate/pasnummer/badge, ochtend/morning, avond/evening, aantal/count,
modaliteit/mode, reden/reason. Roles for --columns: timestamp, date, time, direction, plate,
morning, evening, count, mode, reason. A log counts cars arriving in the morning peak window and
leaving in the evening one, per working day; plates and badge numbers count a car once per window
and are never stored. Weekends and Dutch public holidays are left out. Importing the same file
twice changes nothing. A second file for the same source and days adds what is new (another part
of the day, other vehicles), completes days it has more records of, and skips what is there; when
it shares some records and not others, it is refused (asked on a terminal): --replace or --add.

Examples:
  $ mobiscan track import parkeergarage-2026-03.csv --company asz --kind log --source garage-dordwijk
  $ mobiscan track import slagboom.xlsx --company asz --kind log --columns timestamp=Passage,direction=Rijrichting
  $ mobiscan track import tellingen.csv --company asz --kind counts
  $ mobiscan track import app-export.csv --company asz --kind registrations --source fietsapp
  $ mobiscan track import garage-correctie.csv --company asz --kind log --source garage-dordwijk --replace`)
    .action(action(async (out, _g, file: string, flags: TrackImportFlags) => {
      const { runTrackImport } = await import('../../app/tracking/track-import.js');
      await runTrackImport(await context(out), file, flags);
    }));

  track.command('baseline').description('set the baseline (nulmeting) from counts over a period, or typed; without values, show it')
    .option(...COMPANY)
    .option('--from <date>', 'first day of the reference period (YYYY-MM-DD)')
    .option('--to <date>', 'last day of the reference period')
    .option('--morning <n>', 'typed: peak car trips per working day in the morning')
    .option('--evening <n>', 'typed: peak car trips per working day in the evening')
    .option('--headcount <n>', 'employees in the reference period, for per-employee figures')
    .option('--remove', 'remove the baseline (asks first; --yes in scripts)')
    .option(...YES_OPTION)
    .option(...WORKSPACE)
    .addHelpText('after', `
Examples:
  $ mobiscan track baseline --company asz --from 2025-09-01 --to 2025-11-30 --headcount 3000
  $ mobiscan track baseline --company asz --morning 1000 --evening 800
  $ mobiscan track baseline --company asz
  $ mobiscan track baseline -c asz --remove`)
    .action(action(async (out, _g, flags: TrackBaselineFlags & { remove?: boolean; yes?: boolean }) => {
      if (flags.remove === true) {
        const { runBaselineRemove } = await import('../../app/tracking/track-undo.js');
        return runBaselineRemove(await context(out), flags);
      }
      const { runTrackBaseline } = await import('../../app/tracking/track-baseline.js');
      await runTrackBaseline(await context(out), flags);
    }));

  track.command('headcount').description('record the headcount from a date on (for per-employee figures); without values, list them')
    .option(...COMPANY).option('--from <date>', 'the date the headcount holds from').option('--headcount <n>', 'employees')
    .option(...WORKSPACE)
    .addHelpText('after', '\nExamples:\n  $ mobiscan track headcount --company asz --from 2026-01-01 --headcount 3150')
    .action(action(async (out, _g, flags: { workspace?: string; company?: string; from?: string; headcount?: string }) => {
      const { runTrackHeadcount } = await import('../../app/tracking/track-baseline.js');
      await runTrackHeadcount(await context(out), flags);
    }));

  track.command('co2').description("a year's commuting CO2 from typed yearly km per mode and fuel (when no scan covers it)")
    .option(...COMPANY).option('--year <year>', 'the year the km were travelled')
    .option('--km-file <file>', 'CSV or Excel with columns mode (modaliteit), fuel (brandstof, optional), km')
    .option('--basis <basis>', 'wtw (well-to-wheel, default) or ttw (tank-to-wheel)')
    .option(...WORKSPACE)
    .addHelpText('after', '\nExamples:\n  $ mobiscan track co2 --company asz --year 2016 --km-file km-2016.csv')
    .action(action(async (out, _g, flags: TrackCo2Flags) => {
      const { runTrackCo2 } = await import('../../app/tracking/track-co2.js');
      await runTrackCo2(await context(out), flags);
    }));

  track.command('show').description("per period the peak car trips, avoidances and goal status; CO2 per year against the goal's trajectory")
    .option(...COMPANY).option(...BY).option(...WORKSPACE)
    .addHelpText('after', '\nExamples:\n  $ mobiscan track show --company asz\n  $ mobiscan track show --company asz --by month --json')
    .action(action(async (out, _g, flags: TrackShowFlags) => {
      const { runTrackShow } = await import('../../app/tracking/track-show.js');
      await runTrackShow(await context(out), flags);
    }));

  track.command('alliance').description("the alliance: the sum of the members' avoidances and CO2, and each member's share")
    .option(...BY).option(...WORKSPACE)
    .addHelpText('after', '\nExamples:\n  $ mobiscan track alliance\n  $ mobiscan track alliance --json')
    .action(action(async (out, _g, flags: { workspace?: string; by?: string }) => {
      const { runTrackAlliance } = await import('../../app/tracking/track-alliance.js');
      await runTrackAlliance(await context(out), flags);
    }));

  track.command('imports').description('the files imported for a member, numbered for `track remove`')
    .option(...COMPANY).option(...WORKSPACE)
    .addHelpText('after', '\nExamples:\n  $ npx mobiscan track imports -c asz\n  $ npx mobiscan track imports -c asz --json')
    .action(action(async (out, _g, flags: TrackUndoFlags) => {
      const { runTrackImports } = await import('../../app/tracking/track-undo.js');
      await runTrackImports(await context(out), flags);
    }));

  track.command('remove').description('remove one import with exactly the days it brought in (asks first; --yes in scripts)')
    .argument('<id>', 'the import number from `track imports`')
    .option(...COMPANY).option(...YES_OPTION).option(...WORKSPACE)
    .addHelpText('after', `
Counts imported into the wrong company, or a wrong file: remove the import, then import the right
file. When the removed import had replaced days of an earlier file, it says which file to import
again to get those days back.

Examples:
  $ npx mobiscan track remove 4 -c asz
  $ npx mobiscan track remove 4 -c asz --yes`)
    .action(action(async (out, _g, id: string, flags: TrackUndoFlags) => {
      const { runTrackRemove } = await import('../../app/tracking/track-undo.js');
      await runTrackRemove(await context(out), id, flags);
    }));
}
