import { cliLang, cliT } from '../cli-lang.js';
import chalk from 'chalk';
import { runBatch, type BatchOutcome } from '../../app/run-batch.js';
import { loadReportResources, parseReportOptions, reportsDir } from '../../app/report-files.js';
import { checkOutputFolder } from '../../adapters/write/check-output-paths.js';
import { UsageError } from '../../core/errors.js';
import type { Output } from '../output.js';
import { formatInt } from '../../core/format/format-nl.js';
import { startSpinner } from '../render/spinner.js';
import { renderTable } from '../../core/format/table.js';
import { openFoundWorkspace } from '../../app/workspace/use-workspace.js';
import type { BatchFlags } from './batch.js';
import { firstContactMessages } from './first-contact-messages.js';

/** Runs the batch over the workspace's members and prints the summary; exit 1 when a member failed. */
export async function runBatchCommand(out: Output, flags: BatchFlags, options: { cwd?: string } = {}): Promise<number> {
  const { lang, formats } = parseReportOptions(flags.format, cliLang());
  const jobs = flags.jobs === undefined ? undefined : Number(flags.jobs);
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 0 || jobs > 16)) throw new UsageError(`--jobs ${flags.jobs}: a whole number from 0 to 16`);
  const ws = await openFoundWorkspace(flags.workspace, out, { cwd: options.cwd ?? process.cwd(), env: process.env });
  const dir = ws.dir;
  try {
    checkOutputFolder('--out', reportsDir(flags.out, dir));
  } catch (error) {
    ws.close();
    throw error;
  }
  const spinner = startSpinner(out, 'starting the batch');
  let done = 0;
  let outcome: BatchOutcome;
  try {
    const [resources, columns] = await Promise.all([
      loadReportResources(lang, flags.dataDir),
      flags.columns ? import('../../adapters/config/read-column-overrides.js').then((m) => m.readColumnOverrides(flags.columns!)) : undefined,
    ]);
    outcome = await runBatch(ws, resources, {
      exportsDir: flags.exports,
      manifest: flags.manifest,
      outDir: reportsDir(flags.out, dir),
      formats,
      lang,
      columns,
      force: flags.force === true,
      dataDir: flags.dataDir,
      settingsPath: flags.settings,
      jobs,
      onProgress: (e) => {
        if (e.step === 'done' || e.step === 'failed') done++;
        spinner.text(`${done}/${e.of} members done; ${e.member}: ${e.step}`);
      },
    });
  } finally {
    spinner.stop();
    ws.close();
  }
  for (const warning of outcome.warnings) out.warn(warning);
  for (const name of outcome.unmatchedExports) out.warn(cliT(firstContactMessages)('unmatchedExport', { name }));
  const failed = outcome.members.filter((m) => m.status === 'failed');
  // each failure's own message on stderr too, so it shows with --json and --quiet
  for (const m of failed) out.warn(`${m.id}: ${m.error}`);
  if (outcome.allianceError !== null) out.warn(`alliance report: ${outcome.allianceError}`);
  out.result(outcome, () => renderSummary(outcome));
  return failed.length > 0 || outcome.allianceError !== null ? 1 : 0;
}

function renderSummary(outcome: BatchOutcome): string {
  const colour = { scanned: chalk.green, unchanged: chalk.dim, 'no-export': chalk.yellow, failed: chalk.red } as const;
  const rows = outcome.members.map((m) => [
    m.id,
    colour[m.status](m.status),
    m.employees === null ? '' : formatInt(m.employees),
    m.rowsRejected === null ? '' : formatInt(m.rowsRejected),
    m.error ?? m.files.join(', '),
  ]);
  const lines = [renderTable(['member', 'status', 'employees', 'rejected rows', 'reports / error'], rows, ['left', 'left', 'right', 'right', 'left'])];
  lines.push('', outcome.allianceError === null ? `alliance report: ${outcome.allianceFiles.join(', ')}` : chalk.red(`alliance report not written: ${outcome.allianceError}`));
  const missing = outcome.members.filter((m) => m.status === 'no-export').map((m) => m.id);
  if (missing.length > 0) lines.push(chalk.yellow(`no export found for: ${missing.join(', ')} (name files after the member id, or use --manifest)`));
  const failed = outcome.members.filter((m) => m.status === 'failed').length;
  if (failed > 0) lines.push(chalk.red(`${failed} member(s) failed; the others were done`));
  return lines.join('\n');
}
