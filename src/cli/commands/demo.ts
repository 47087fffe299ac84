import type { Command } from 'commander';
import { action } from '../run-action.js';

/** `mobiscan demo [DIR]`: a workspace from the example alliance, then the batch over it. */
export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('create a workspace from the bundled example alliance and run the batch: scans, member reports, alliance report')
    .argument('[dir]', 'folder for the demo workspace (empty, or one where the demo ran before)', 'mobiscan-demo')
    .option('-f, --format <list>', 'xlsx, pdf or both', 'xlsx,pdf')
    .option('--data-dir <dir>', 'where imported geodata lives (the demo runs without any)')
    .addHelpText(
      'after',
      `
Everything in the example alliance is invented: six members (a hospital with shifts, a town hall
near a station, a distribution centre on a business park, a head office at Rotterdam Centraal, a
school and a care organisation) with HR exports in different formats, two years of peak-hour
counts, measures and goals. Running the demo again reuses the workspace and changes nothing.

Examples:
  $ mobiscan demo
  $ mobiscan demo /tmp/demo --lang en --format pdf`,
    )
    .action(
      action(async (out, _globals, dir: string, flags: { format: string; dataDir?: string }) => {
        const { runDemo } = await import('./demo-run.js');
        return runDemo(out, dir, flags);
      }),
    );
}
