import type { Command } from 'commander';
import { action } from '../run-action.js';

/** Options of `mobiscan report`. */
export interface ReportFlags {
  company?: string[];
  alliance?: boolean;
  out?: string;
  format: string;
  workspace?: string;
  dataDir?: string;
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** `mobiscan report`: the Excel workbook and PDF report of a company (or of the alliance). */
export function registerReport(program: Command): void {
  program
    .command('report')
    .description('write the Excel workbook and PDF report of a company: figures, charts, map, tailored advice, method')
    .option('-c, --company <id>', 'the company to report on (repeatable)', collect)
    .option('--alliance', 'the alliance report: totals, shares, benchmark, what worked where')
    .option('-o, --out <dir>', 'folder for the report files (default: reports/ in the workspace, as for `batch`)')
    .option('-f, --format <list>', 'xlsx, pdf or both', 'xlsx,pdf')
    .option('--workspace <dir>', 'workspace folder (default: MOBISCAN_WORKSPACE, or the current folder and its parents)')
    .option('--data-dir <dir>', 'where imported geodata lives (for its attribution)')
    .addHelpText(
      'after',
      `
A company report needs a saved scan (\`npx mobiscan scan FILE --company ID\`); tracking data and
goals are added when the workspace has them. Files are written atomically as
<id>-<date>-<lang>.xlsx/.pdf (the alliance: alliantie_<date>-nl), in --out DIR or else in the
workspace's reports/ folder.

Examples:
  $ npx mobiscan report --company asz
  $ npx mobiscan report --company asz --format pdf --lang en --out ~/rapporten
  $ npx mobiscan report --alliance`,
    )
    .action(
      action(async (out, _globals, flags: ReportFlags) => {
        const { runReport } = await import('./report-run.js');
        return runReport(out, flags);
      }),
    );
}
