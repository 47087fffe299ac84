import { basename, dirname } from 'node:path';
import { cliLang, cliT } from '../cli-lang.js';
import chalk from 'chalk';
import { runBatch, type BatchOutcome } from '../../app/run-batch.js';
import { loadReportResources, parseReportOptions, reportsDir } from '../../app/report-files.js';
import { checkOutputFolder } from '../../adapters/write/check-output-paths.js';
import { UsageError } from '../../core/errors.js';
import type { Output } from '../output.js';
import { formatMessage, text } from '../../core/i18n/index.js';
import { outputMessages } from './output-messages.js';
import { startSpinner } from '../render/spinner.js';
import { renderTable } from '../../core/format/table.js';
import { openFoundWorkspace } from '../../app/workspace/use-workspace.js';
import type { BatchFlags } from './batch.js';
import { firstContactMessages } from './first-contact-messages.js';

/** Runs the batch over the workspace's members and prints the summary; exit 1 when a member failed. */
export async function runBatchCommand(out: Output, flags: BatchFlags, options: { cwd?: string } = {}): Promise<number> {
  const { lang, formats } = parseReportOptions(flags.format, cliLang());
  const jobs = flags.jobs === undefined ? undefined : Number(flags.jobs);
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 0 || jobs > 16)) throw new UsageError(text(outputMessages, 'badJobs', { value: flags.jobs! }));
  const ws = await openFoundWorkspace(flags.workspace, out, { cwd: options.cwd ?? process.cwd(), env: process.env });
  const dir = ws.dir;
  try {
    checkOutputFolder('--out', reportsDir(flags.out, dir));
  } catch (error) {
    ws.close();
    throw error;
  }
  const t = cliT(outputMessages);
  const spinner = startSpinner(out, t('batchStarting'));
  let done = 0;
  let outcome: BatchOutcome;
  try {
    const [resources, columns] = await Promise.all([
      loadReportResources(lang, flags.dataDir),
      import('../../adapters/config/read-columns-flag.js').then((m) => m.readColumnsFlag(flags.columns)),
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
        spinner.text(t('batchProgress', { done, of: e.of, member: e.member, step: e.step }));
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
  for (const m of failed) out.warn(t('memberFailed', { member: m.id, error: m.error ?? '' }));
  if (outcome.allianceError !== null) out.warn(t('allianceFailed', { error: outcome.allianceError }));
  out.result(outcome, () => renderSummary(outcome));
  return failed.length > 0 || outcome.allianceError !== null ? 1 : 0;
}

function renderSummary(outcome: BatchOutcome): string {
  const t = cliT(outputMessages);
  const int = (v: number) => formatMessage(cliLang(), '{v, number}', { v });
  const colour = { scanned: chalk.green, unchanged: chalk.dim, 'no-export': chalk.yellow, failed: chalk.red } as const;
  const rows = outcome.members.map((m) => [
    m.id,
    colour[m.status](t('status', { status: m.status.replace('-', '') })),
    m.employees === null ? '' : int(m.employees),
    m.rowsRejected === null ? '' : int(m.rowsRejected),
    // file names only: the folder is said once below, so the table fits the terminal
    m.error ?? m.files.map((f) => basename(f)).join(', '),
  ]);
  const lines = [renderTable(t('batchHeader').split('|'), rows, ['left', 'left', 'right', 'right', 'left'])];
  const folder = [...outcome.members.flatMap((m) => m.files), ...outcome.allianceFiles].map((f) => dirname(f))[0];
  lines.push('', outcome.allianceError === null ? t('allianceReport', { files: outcome.allianceFiles.map((f) => basename(f)).join(', ') }) : chalk.red(t('allianceNotWritten', { error: outcome.allianceError })));
  if (folder !== undefined) lines.push(t('reportsIn', { dir: folder }));
  const missing = outcome.members.filter((m) => m.status === 'no-export').map((m) => m.id);
  if (missing.length > 0) lines.push(chalk.yellow(t('noExportFor', { ids: missing.join(', ') })));
  const failed = outcome.members.filter((m) => m.status === 'failed').length;
  if (failed > 0) lines.push(chalk.red(t('membersFailed', { n: failed })));
  return lines.join('\n');
}
